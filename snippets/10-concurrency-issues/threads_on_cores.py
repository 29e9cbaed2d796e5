"""Python 线程是真正的系统线程；GIL 让纯 Python 代码轮流执行，释放 GIL 的 C 代码才能同时跑在多个核上。"""
# snippet: vary=找到 \d+ 段
# snippet: timeout=30
import hashlib
import sys
import threading
import time

BLOCK = b"x" * 2_000_000  # hashlib 处理大块数据时会释放 GIL
ROUNDS = 200  # 每个线程把工作做 200 遍


def pure_python():
    n = 0
    for i in range(20_000):
        n += i


def hash_block():
    hashlib.sha256(BLOCK).hexdigest()


def run_in_two_threads(work):
    """两个线程同时各做 ROUNDS 遍 work；每一遍记下（开始时刻，结束时刻，这一遍用掉的 CPU 时间）。"""
    logs, ids = [[], []], []

    def worker(log):
        ids.append(threading.get_native_id())  # 内核给这个线程的 id
        for _ in range(ROUNDS):
            start, cpu = time.perf_counter(), time.thread_time()  # thread_time：本线程用掉的 CPU 时间
            work()
            log.append((start, time.perf_counter(), time.thread_time() - cpu))

    threads = [threading.Thread(target=worker, args=(log,)) for log in logs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return ids, logs


def both_busy(a, b):
    """数一数：一个线程的某一遍和另一个线程的某一遍在时间上重叠，两遍用掉的 CPU 时间之和
    却超过了它们合起来占去的墙钟时间的 1.1 倍。一个核在一段时间里最多提供这段时间那么多
    CPU 时间，所以这样的时间段里一定有两个核同时在算；只有一个核时，一段也找不到。"""
    found = 0
    for s1, e1, cpu1 in a:
        for s2, e2, cpu2 in b:
            if min(e1, e2) > max(s1, s2) and cpu1 + cpu2 > 1.1 * (max(e1, e2) - min(s1, s2)):
                found += 1
    return found


print(f"这个解释器启用了 GIL：{sys._is_gil_enabled()}")
for name, work in [("纯 Python 循环", pure_python), ("sha256 大块数据", hash_block)]:
    ids, (a, b) = run_in_two_threads(work)
    found = both_busy(a, b)
    print(f"{name}：两个线程和主线程各有自己的内核线程 id：{len({*ids, threading.get_native_id()}) == 3}")
    print(f"{name}：找到 {found} 段时间，两个线程的 CPU 时间之和超过了这段墙钟时间的 1.1 倍")
    print(f"{name}：两个线程在同一时刻各占一个核：{'是' if found else '否'}")
