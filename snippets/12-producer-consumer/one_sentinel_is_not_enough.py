"""两个消费者却只放一个哨兵：拿到它的退出，另一个永远卡在 get() 上。"""
import time
from multiprocessing import Process, Queue


def consumer(q):
    while q.get() is not None:
        pass


if __name__ == "__main__":
    q = Queue()
    consumers = [Process(target=consumer, args=(q,)) for _ in range(2)]
    for c in consumers:
        c.start()
    for item in ["包子0", "包子1", None]:  # 只有一个 None
        q.put(item)

    deadline = time.monotonic() + 5
    while all(c.is_alive() for c in consumers) and time.monotonic() < deadline:
        time.sleep(0.01)  # 等拿到 None 的那个消费者退出
    time.sleep(0.3)       # 再给另一个一点时间：它不会退出
    stuck = [c for c in consumers if c.is_alive()]
    print(f"拿到 None 的消费者已退出，还卡在 get() 上的消费者：{len(stuck)} 个")

    for c in stuck:  # 示例自己收拾残局；真实程序里它会一直挂着，主进程 join() 它也会卡住
        c.terminate()
        c.join()
