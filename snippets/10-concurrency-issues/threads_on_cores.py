"""Python 线程是真正的系统线程；GIL 让纯 Python 代码轮流执行，释放 GIL 的 C 代码才能同时跑在多个核上。"""
# snippet: vary=约 \d+\.\d 倍
import hashlib
import sys
import threading
import time

DATA = b"x" * 64_000_000  # hashlib 处理大块数据时会释放 GIL


def pure_python():
    n = 0
    for i in range(2_000_000):
        n += i


def hash_big_block():
    for _ in range(3):
        hashlib.sha256(DATA).hexdigest()


def run_two_threads(work):
    """两个线程同时跑 work；返回（各线程的原生 id，两线程 CPU 时间之和 / 墙钟时间）。"""
    ids, cpu = [], []

    def wrapper():
        ids.append(threading.get_native_id())  # 内核给这个线程的 id
        start = time.thread_time()               # 本线程消耗的 CPU 时间
        work()
        cpu.append(time.thread_time() - start)

    threads = [threading.Thread(target=wrapper) for _ in range(2)]
    wall_start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return ids, sum(cpu) / (time.perf_counter() - wall_start)


def best_of_3(work):
    """测 3 次取最大的比值，减少机器上其他负载的干扰。"""
    runs = [run_two_threads(work) for _ in range(3)]
    return runs[0][0], max(ratio for _, ratio in runs)


print(f"这个解释器启用了 GIL：{sys._is_gil_enabled()}")
ids, ratio = best_of_3(pure_python)
main_id = threading.get_native_id()
print(f"两个线程和主线程各有自己的内核线程 id：{len({*ids, main_id}) == 3}")
print(f"纯 Python 循环：CPU 时间之和约 {ratio:.1f} 倍墙钟时间")
ids, ratio = best_of_3(hash_big_block)
print(f"sha256 大块数据：CPU 时间之和约 {ratio:.1f} 倍墙钟时间")
