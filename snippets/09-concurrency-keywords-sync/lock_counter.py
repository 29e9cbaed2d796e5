"""互斥锁：同一时刻只有一个线程能进入 with lock: 里的代码，“读-改-写”因此不会被打断。"""
import threading

lock = threading.Lock()
num = 0


def add(times):
    global num
    for _ in range(times):
        with lock:  # 等价于 lock.acquire(); try: ... finally: lock.release()
            num += 1


threads = [threading.Thread(target=add, args=(10_000,)) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("num =", num)

# 锁被占着时，别人拿不到：非阻塞地试一下，或者限时等待
with lock:
    print("主线程拿着锁：locked() =", lock.locked())
    result = []
    other = threading.Thread(target=lambda: result.append(
        (lock.acquire(blocking=False), lock.acquire(timeout=0.1))))
    other.start()
    other.join()
    print("另一个线程 acquire(blocking=False)、acquire(timeout=0.1) 的结果：", result[0])
print("离开 with 后自动释放：locked() =", lock.locked())
