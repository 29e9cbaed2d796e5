"""“存活生产者为 0 且队列为空才退出”：先检查、后 get()，两步之间有竞态条件。"""
import queue
import threading

q = queue.Queue()
alive_producers = 1
log = []
stocked = threading.Event()          # 演示用的三个事件，把一种不走运的调度固定下来
checked_empty = threading.Event()
producer_gone = threading.Event()


def producer():
    global alive_producers
    for i in range(2):
        q.put(f"包子{i}")
    stocked.set()
    checked_empty.wait()   # 消费者刚检查完条件、还没调用 get()……
    alive_producers -= 1   # ……生产者恰好在这时结束
    log.append("生产者：生产结束，存活生产者数减为 0")
    producer_gone.set()


def consumer():
    stocked.wait()
    while not (alive_producers == 0 and q.empty()):  # 这个设计的循环条件
        log.append(f"消费者：检查时存活生产者 {alive_producers} 个、队列里 {q.qsize()} 件 → 去 get()")
        if q.empty():
            checked_empty.set()
            producer_gone.wait()  # 线程在检查和 get() 之间被切走
        try:
            item = q.get(timeout=0.5)  # 设计里没有 timeout，这里加上只为让示例能结束
        except queue.Empty:
            log.append("消费者：get() 等了 0.5 秒还是没有数据，没有 timeout 就会永远等下去")
            return
        log.append(f"消费者：吃掉 {item}")


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("\n".join(log))
