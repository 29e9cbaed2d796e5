"""一种常见的 JoinableQueue 写法：生产者 join() 等消费完，消费者是守护进程。"""
import random
import time
from multiprocessing import JoinableQueue, Process


def producer(q, food):
    rng = random.Random(food)
    for i in range(5):
        time.sleep(rng.random() / 10)
        q.put(f"{food}{i}")
    q.join()  # 阻塞到队列里每一件都被 task_done() 确认过


def consumer(q, eaten):
    while True:
        item = q.get()
        time.sleep(0.02)
        eaten.put(item)
        q.task_done()  # 告诉队列：这一件处理完了


if __name__ == "__main__":
    q, eaten = JoinableQueue(20), JoinableQueue()
    producers = [Process(target=producer, args=(q, food)) for food in ("包子", "馒头")]
    consumers = [Process(target=consumer, args=(q, eaten), daemon=True) for _ in range(2)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()  # 生产者要等到全部消费完才会返回

    print(f"生产者都已结束，消费掉的：{sorted(eaten.get() for _ in range(10))}")
    print(f"消费者还活着吗：{[c.is_alive() for c in consumers]}（卡在 q.get() 上）")
    # 主进程退出时，multiprocessing 会 terminate() 掉守护进程
