"""map 会把任务切块：慢任务挤在同一块里时，map 比逐个提交的 apply_async 慢。"""
# snippet: vary=约 \d+\.\d+ 秒
import threading
import time
from multiprocessing.pool import ThreadPool

SLOW, FAST = 0.15, 0.005  # 前 3 个任务慢（像一批网站里超时的那几个），其余 33 个快
DELAYS = [SLOW] * 3 + [FAST] * 33
WORKERS = 3


def fetch(i):
    time.sleep(DELAYS[i])
    return threading.current_thread().name  # 记下是哪个线程做的


def with_map(pool):
    # 没给 chunksize 时 map 自己估算：36 个任务、3 个线程 → 每块 ceil(36 / (3 * 4)) = 3 个
    return pool.map(fetch, range(36))


def with_apply_async(pool):
    handles = [pool.apply_async(fetch, (i,)) for i in range(36)]  # 一次提交一个任务
    return [h.get() for h in handles]


def timed(submit):
    with ThreadPool(WORKERS) as pool:
        start = time.perf_counter()
        who = submit(pool)
        return time.perf_counter() - start, who


map_time, map_who = timed(with_map)
async_time, _ = timed(with_apply_async)

chunks = [map_who[i:i + 3] for i in range(0, 36, 3)]
one_thread_each = all(len(set(c)) == 1 for c in chunks)
print(f"map：每 3 个相邻任务是一块，一块只由一个线程执行：{one_thread_each}")
print(f"map：3 个慢任务落在同一块里，只能一个接一个：{len(set(map_who[:3])) == 1}")
print(f"map 约 {map_time:.2f} 秒，apply_async 约 {async_time:.2f} 秒")
print(f"map 至少慢 0.1 秒：{map_time > async_time + 0.1}")
