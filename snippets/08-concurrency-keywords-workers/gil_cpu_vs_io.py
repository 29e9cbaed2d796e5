"""有 GIL 时：两个线程做纯 Python 计算，同一时刻只有一个在跑；两个线程等 I/O，等待可以重叠。"""
# snippet: vary=约 \d+\.\d+ 秒
import threading
import time


def count_down(n):
    while n:
        n -= 1


def io_wait(_):
    time.sleep(0.3)  # 等待期间释放 GIL


def in_two_threads(func, arg):
    threads = [threading.Thread(target=func, args=(arg,)) for _ in range(2)]
    wall, cpu = time.perf_counter(), time.process_time()  # process_time：本进程所有线程的 CPU 时间之和
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - wall, time.process_time() - cpu


wall, cpu = in_two_threads(count_down, 5_000_000)
print(f"计算：两个线程跑了约 {wall:.2f} 秒，共用 CPU 约 {cpu:.2f} 秒")
print("计算：CPU 时间没有超过墙钟时间（从没有两个核同时在跑）：", cpu < wall * 1.1)

wall, cpu = in_two_threads(io_wait, None)
print(f"I/O：两个线程各等 0.3 秒，一共只用了约 {wall:.2f} 秒")
print("I/O：两次等待是重叠的：", wall < 0.6)
