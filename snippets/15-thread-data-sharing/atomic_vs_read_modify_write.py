"""单个原子操作（如 list.append）不用加锁；“读-改-写”是临界区，必须整段加锁。"""
import threading

N = 4
items = []


def append_many():
    for i in range(10_000):
        items.append(i)  # 一次方法调用，内部一步完成


counter = 0
lock = threading.Lock()


def unsafe_add(barrier):
    global counter
    value = counter      # 读
    barrier.wait()       # 故意等所有线程都读完旧值（真实程序里这种交错时有时无）
    counter = value + 1  # 写：后写的覆盖先写的


def safe_add():
    global counter
    with lock:           # 临界区只包住读、改、写这三步
        value = counter
        counter = value + 1


def run(target, *args):
    threads = [threading.Thread(target=target, args=args) for _ in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


run(append_many)
print(f"{N} 个线程各 append 10000 次，不加锁：len(items) = {len(items)}")
run(unsafe_add, threading.Barrier(N))
print(f"{N} 个线程各加 1，不加锁：counter = {counter}")
counter = 0
run(safe_add)
print(f"{N} 个线程各加 1，加锁后：counter = {counter}")
