"""生产者各自在最后放一个“我做完了”标记；消费者数标记，最后一个标记的接收者通知其他消费者。"""
import random
import time
from multiprocessing import Process, Queue, Value

PRODUCERS = ["包子", "馒头", "花卷"]
CONSUMERS = ["顾客甲", "顾客乙"]
STOP = None


class Done:
    """某个生产者的结束标记。"""

    def __init__(self, producer):
        self.producer = producer


def producer(q, food):
    rng = random.Random(food)
    for i in range(4):
        time.sleep(rng.random() / 10)
        q.put(f"{food}{i}")
    q.put(Done(food))  # 同一进程放入的数据按顺序到达：标记一定排在自己的数据之后


def consumer(q, name, finished, report):
    rng = random.Random(name)
    eaten = []
    while True:
        item = q.get()
        if item is STOP:
            break
        if isinstance(item, Done):
            with finished.get_lock():       # 已结束的生产者计数，加锁更新
                finished.value += 1
                last = finished.value == len(PRODUCERS)
            if last:  # 所有生产者的数据都已在前面被取走
                for _ in range(len(CONSUMERS) - 1):
                    q.put(STOP)             # 通知其余的消费者
                break
            continue
        time.sleep(rng.random() / 20)
        eaten.append(item)
    report.put((name, eaten))


if __name__ == "__main__":
    q, report, finished = Queue(), Queue(), Value("i", 0)
    producers = [Process(target=producer, args=(q, food)) for food in PRODUCERS]
    consumers = [Process(target=consumer, args=(q, name, finished, report)) for name in CONSUMERS]
    for p in producers + consumers:
        p.start()

    # 主进程只需要等消费者：消费者都退出了，说明生产和消费都结束了
    reports = dict(report.get() for _ in CONSUMERS)
    for c in consumers:
        c.join()
    for p in producers:
        p.join()  # 它们早已结束，join() 只是回收

    eaten = sorted(item for items in reports.values() for item in items)
    print(f"消费掉的 {len(eaten)} 件：{eaten}")
    print(f"结束的生产者数：{finished.value}，消费者都已退出：{sorted(reports) == sorted(CONSUMERS)}")
