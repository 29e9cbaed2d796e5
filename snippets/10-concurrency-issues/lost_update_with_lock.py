"""加一把 threading.Lock，让“读-改-写”整体互斥，一次更新也不丢。"""
import threading
import time

THREADS = 4
TIMES = 1000
count = 0
lock = threading.Lock()


def add_one_many_times():
    global count
    for _ in range(TIMES):
        with lock:               # 同一时刻只有一个线程能进入这三行
            current = count
            time.sleep(0)        # 照样让出 GIL，但别的线程进不了临界区
            count = current + 1


threads = [threading.Thread(target=add_one_many_times) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"期望 count = {THREADS * TIMES}，实际 count = {count}")
