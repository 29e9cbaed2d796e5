"""Python 线程是真正的系统线程；GIL 让纯 Python 代码轮流执行，释放 GIL 的 C 代码才能同时跑在多个核上。"""
# snippet: vary=有 \d+ 段
# snippet: timeout=30
import hashlib
import os
import sys
import threading
import time

BLOCK = b"x" * 64_000_000  # hashlib 处理大块数据时会释放 GIL
CORES = sorted(os.sched_getaffinity(0))[:2]  # 本进程可以使用的核（Linux），取前两个


def pure_python():
    n = 0
    for i in range(3_000_000):
        n += i


def hash_big_block():
    for _ in range(6):
        hashlib.sha256(BLOCK).hexdigest()


def run_in_two_threads(work):
    """两个线程同时跑 work，各绑定在一个核上；主线程每隔约 0.5 毫秒读一次两个线程各自的 CPU 时间。
    返回每一段时间里“两个线程用掉的 CPU 时间之和 / 这段墙钟时间”。"""
    ids = []

    def worker(core):
        ids.append(threading.get_native_id())  # 内核给这个线程的 id
        os.sched_setaffinity(threading.get_native_id(), {core})  # 线程是内核调度的任务，可以单独绑核
        work()

    threads = [threading.Thread(target=worker, args=(CORES[i % len(CORES)],)) for i in range(2)]
    for t in threads:
        t.start()
    clocks = [time.pthread_getcpuclockid(t.ident) for t in threads]  # 每个线程自己的 CPU 时钟
    samples = []
    while all(t.is_alive() for t in threads):
        try:
            samples.append((time.perf_counter(), sum(time.clock_gettime(c) for c in clocks)))
        except OSError:  # 有一个线程刚刚结束，它的 CPU 时钟已经不能读了
            break
        time.sleep(0.0005)
    for t in threads:
        t.join()
    main_id = threading.get_native_id()
    ratios = [(c2 - c1) / (w2 - w1) for (w1, c1), (w2, c2) in zip(samples, samples[1:])]
    return len({*ids, main_id}) == 3, ratios


print(f"这个解释器启用了 GIL：{sys._is_gil_enabled()}")
for name, work in [("纯 Python 循环", pure_python), ("sha256 大块数据", hash_big_block)]:
    own_ids, ratios = run_in_two_threads(work)
    # 一个核在一段时间里最多提供这段时间那么多 CPU 时间：超过 1.2 倍，这段时间里就一定有两个核在算
    both = sum(r > 1.2 for r in ratios)
    print(f"{name}：两个线程和主线程各有自己的内核线程 id：{own_ids}")
    print(f"{name}：有 {both} 段时间，两个线程的 CPU 时间之和超过了墙钟时间的 1.2 倍")
    print(f"{name}：两个线程在同一时刻各占一个核：{'是' if both else '否'}")
# snippet: requires=3.13
