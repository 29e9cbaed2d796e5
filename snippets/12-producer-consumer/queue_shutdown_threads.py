"""Python 3.13 的 queue.Queue.shutdown()：最后一个生产者关闭队列，消费者取完剩余数据后收到 ShutDown。"""
import queue
import random
import threading
import time

PRODUCERS = ["包子", "馒头", "花卷"]
q = queue.Queue(maxsize=5)
alive = len(PRODUCERS)
alive_lock = threading.Lock()
eaten = []
eaten_lock = threading.Lock()


def producer(food):
    global alive
    rng = random.Random(food)
    for i in range(4):
        time.sleep(rng.random() / 10)
        q.put(f"{food}{i}")
    with alive_lock:                # “减一并判断是否为零”必须是一个整体
        alive -= 1
        if alive == 0:
            q.shutdown()            # 之后 put() 会出错；get() 取完剩余数据后抛出 ShutDown


def consumer():
    while True:
        try:
            item = q.get()
        except queue.ShutDown:
            return
        time.sleep(0.02)
        with eaten_lock:
            eaten.append(item)


threads = [threading.Thread(target=producer, args=(food,)) for food in PRODUCERS]
threads += [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"消费掉的 {len(eaten)} 件：{sorted(eaten)}")
print(f"所有线程都已结束：{not any(t.is_alive() for t in threads)}")
# snippet: requires=3.13
