"""actor 不一定是生成器：一个线程加一个队列也是 actor。状态只归它的线程管，多个线程发消息也不用锁。"""
import queue
import threading
from concurrent.futures import Future

STOP = object()


class Actor:
    def __init__(self):
        self._mailbox = queue.Queue()
        self._thread = threading.Thread(target=self._run)

    def start(self):
        self._thread.start()
        return self

    def send(self, msg):
        self._mailbox.put(msg)

    def close(self):
        self.send(STOP)
        self._thread.join()

    def _run(self):
        while (msg := self._mailbox.get()) is not STOP:
            self.receive(msg)

    def receive(self, msg):
        raise NotImplementedError


class Tally(Actor):
    def __init__(self):
        super().__init__()
        self.counts = {}  # 只有 actor 自己的线程读写它

    def receive(self, msg):
        if isinstance(msg, Future):  # 请求-回复：对方附上一个 Future 等结果
            msg.set_result(dict(sorted(self.counts.items())))
        else:
            self.counts[msg] = self.counts.get(msg, 0) + 1  # 读-改-写，却不需要锁


def client(tally, word):
    for _ in range(1000):
        tally.send(word)


tally = Tally().start()
words = ("apple", "banana", "apple", "cherry")
clients = [threading.Thread(target=client, args=(tally, w)) for w in words]
for t in clients:
    t.start()
for t in clients:
    t.join()

answer = Future()
tally.send(answer)                  # 排在所有计数消息之后
print(f"统计结果：{answer.result(timeout=5)}")
tally.close()
