"""Manager 的 dict 让数据能跨进程共享，但不负责同步：读-改-写照样要加锁。"""
import multiprocessing as mp

N = 4


def unsafe_add(shared, barrier):
    value = shared["count"]     # 读：通过代理向管理进程要一份值
    barrier.wait()              # 故意等所有进程都读完（真实程序里这种交错时有时无）
    shared["count"] = value + 1  # 写：后写的覆盖先写的


def safe_add(shared, lock):
    with lock:                  # 读、改、写作为一个整体
        shared["count"] = shared["count"] + 1


def run(target, *args):
    procs = [mp.Process(target=target, args=args) for _ in range(N)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


if __name__ == "__main__":
    with mp.Manager() as manager:
        shared = manager.dict(count=0)
        run(unsafe_add, shared, mp.Barrier(N))
        print(f"{N} 个进程各加 1，不加锁：count = {shared['count']}")
        shared["count"] = 0
        run(safe_add, shared, mp.Lock())
        print(f"{N} 个进程各加 1，加锁后：count = {shared['count']}")
