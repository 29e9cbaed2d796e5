"""Value 自带的锁只护住单次读、单次写；v.value += 1 是读和写两步，要用 get_lock() 包起来。"""
import multiprocessing as mp

N = 4


def unsafe_add(counter, barrier):
    value = counter.value   # 读：这一步加了锁
    barrier.wait()          # 故意等所有进程都读完
    counter.value = value + 1  # 写：这一步也加了锁，可两步之间没有


def safe_add(counter):
    with counter.get_lock():  # 整个读-改-写都在同一把锁里
        counter.value += 1


def fill(arr, i):
    arr[i] = i * i            # 不同进程写不同的格子，互不重叠


def run(target, *args):
    procs = [mp.Process(target=target, args=args) for _ in range(N)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


if __name__ == "__main__":
    counter = mp.Value("i", 0)  # 'i'：C 的 int；默认带一把递归锁
    run(unsafe_add, counter, mp.Barrier(N))
    print(f"{N} 个进程各加 1，只靠 Value 自带的锁：{counter.value}")
    counter.value = 0
    run(safe_add, counter)
    print(f"{N} 个进程各加 1，用 get_lock() 包住：{counter.value}")

    squares = mp.Array("i", N)  # 共享内存里的 N 个 int，初始为 0
    procs = [mp.Process(target=fill, args=(squares, i)) for i in range(N)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(f"Array：{squares[:]}")
    print(f"不带锁的版本：{type(mp.Value('i', 0, lock=False)).__name__}")
