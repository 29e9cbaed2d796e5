"""没有锁：“读-改-写”中间一旦让出 GIL，别的线程的更新就会被覆盖。"""
import threading
import time

THREADS = 4
TIMES = 1000
count = 0


def add_one_many_times():
    global count
    for _ in range(TIMES):
        current = count      # 读
        time.sleep(0)        # 读和写之间让出 GIL（相当于做了一点 I/O）
        count = current + 1  # 改、写


threads = [threading.Thread(target=add_one_many_times) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = THREADS * TIMES
print(f"期望 count = {expected}")
print(f"实际 count 小于期望（有更新丢失）：{count < expected}")
