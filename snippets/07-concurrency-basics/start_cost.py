"""创建并等待 20 个线程 vs 20 个进程（默认启动方式）：进程的创建开销大得多。"""
# snippet: vary=约是线程的 \d+ 倍
import time
from multiprocessing import Process
from threading import Thread

N = 20


def nothing():
    pass


def start_and_join(kind):
    start = time.perf_counter()
    workers = [kind(target=nothing) for _ in range(N)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    # 两种各测 5 次（轮流进行），各取最短的一次：机器上别的程序只会让某一次变慢，不会让它变快
    rounds = [(start_and_join(Thread), start_and_join(Process)) for _ in range(5)]
    threads = min(t for t, _ in rounds)
    processes = min(p for _, p in rounds)
    print(f"创建 {N} 个进程比创建 {N} 个线程慢：", processes > threads)
    print(f"进程的开销约是线程的 {processes / threads:.0f} 倍")
