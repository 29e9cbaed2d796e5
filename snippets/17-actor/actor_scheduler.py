"""生成器 actor：每个 actor 只通过消息队列收消息，调度器一次把一条消息 send() 给一个 actor。"""
from collections import deque


class ActorScheduler:
    def __init__(self):
        self._actors = {}           # 名字 -> actor（生成器）
        self._msg_queue = deque()   # 所有待投递的 (actor, 消息)

    def new_actor(self, name, actor):
        # 第一条消息是 None：预激，让它运行到第一个 yield
        self._msg_queue.append((actor, None))
        self._actors[name] = actor

    def send(self, name, msg):
        actor = self._actors.get(name)
        if actor:
            self._msg_queue.append((actor, msg))

    def run(self):
        while self._msg_queue:
            actor, msg = self._msg_queue.popleft()
            try:
                actor.send(msg)
            except StopIteration:
                pass                # 这个 actor 已经结束


def say_hello():
    while True:
        msg = yield
        print("say hello", msg)


def say_hi():
    while True:
        msg = yield
        print("say hi", msg)


def counter(sched):
    while True:
        n = yield
        print("counter:", n)
        if n == 0:
            break
        sched.send("say_hello", n)
        sched.send("say_hi", n)
        sched.send("counter", n - 1)


if __name__ == "__main__":
    sched = ActorScheduler()
    sched.new_actor("say_hello", say_hello())
    sched.new_actor("say_hi", say_hi())
    sched.new_actor("counter", counter(sched))
    sched.send("counter", 3)
    sched.run()
