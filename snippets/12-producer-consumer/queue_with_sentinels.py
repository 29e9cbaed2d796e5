"""两个生产者、两个消费者：等生产者全部结束后，给每个消费者放一个 None 作为结束信号。"""
import random
import time
from multiprocessing import Process, Queue

STOP = None  # 哨兵（sentinel）：一个不会是正常数据的值


def producer(q, shop, food):
    rng = random.Random(shop)  # 每个进程用自己的随机数发生器
    for i in range(5):
        time.sleep(rng.random() / 10)  # 生产一件要 0～0.1 秒
        q.put(f"{food}{i}")


def consumer(q, name, report):
    rng = random.Random(name)
    eaten = []
    while True:
        item = q.get()
        if item is STOP:  # 收到哨兵：不会再有东西了
            break
        time.sleep(rng.random() / 10)  # 吃一件要 0～0.1 秒
        eaten.append(item)
    report.put((name, eaten))  # 把吃了什么交给主进程汇总


if __name__ == "__main__":
    q, report = Queue(20), Queue()
    producers = [Process(target=producer, args=(q, "包子铺", "包子")),
                 Process(target=producer, args=(q, "馒头铺", "馒头"))]
    names = ["顾客甲", "顾客乙"]
    consumers = [Process(target=consumer, args=(q, name, report)) for name in names]
    for p in producers + consumers:
        p.start()

    for p in producers:
        p.join()          # 1. 等所有生产者结束（它们放进队列的数据此时都已送达）
    for _ in consumers:
        q.put(STOP)       # 2. 每个消费者一个哨兵

    reports = dict(report.get() for _ in consumers)  # 先取走汇报，再 join
    for c in consumers:
        c.join()

    eaten = sorted(item for items in reports.values() for item in items)
    print(f"消费掉的 {len(eaten)} 件：{eaten}")
    print(f"每个消费者都收到了哨兵并交了汇报：{sorted(reports) == sorted(names)}")
    print(f"所有进程都已结束：{[p.exitcode for p in producers + consumers]}")
