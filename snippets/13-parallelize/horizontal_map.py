"""水平并行：一步一步来，每一步用线程池的 map 把三个子任务并行做完。"""
# snippet: vary=约 \d+ 个单位
import threading
import time
from functools import partial
from multiprocessing.pool import ThreadPool

UNIT = 0.05  # 一个时间单位：0.05 秒
ITEMS = "abc"  # 三个子任务
WORKERS = 3  # 线程池里的线程数


def run(units=None):
    """跑一遍玩具任务，返回每一步的记录 (谁做的, 哪一步, 开始, 结束)，时间以秒计。"""
    units = units or {}
    log = []
    t0 = time.perf_counter()

    def step(n, item):  # 子任务 item 的第 n 步：用 sleep 模拟一次耗时的 I/O
        label = f"{item}{n}"
        start = time.perf_counter() - t0
        time.sleep(UNIT * units.get(label, 1))
        log.append((threading.current_thread().name, label, start, time.perf_counter() - t0))
        return item

    # [start-core]
    with ThreadPool(WORKERS) as pool:
        done1 = pool.map(partial(step, 1), ITEMS)  # a1、b1、c1 并行；三个都完成，map 才返回
        done2 = pool.map(partial(step, 2), done1)  # 第 2 步拿第 1 步的全部结果
        done3 = pool.map(partial(step, 3), done2)
    # [end-core]
    assert done3 == list(ITEMS)
    return log


if __name__ == "__main__":
    log = run()
    start = {label: s for _, label, s, _ in log}
    end = {label: e for _, label, _, e in log}
    for n in (2, 3):
        first_start = min(start[f"{i}{n}"] for i in ITEMS)
        later = first_start >= max(end[f"{i}{n - 1}"] for i in ITEMS)
        print(f"第 {n} 步在第 {n - 1} 步全部完成之后才开始：{later}")
    total, ideal = max(end.values()) / UNIT, 3
    print(f"总耗时：约 {round(total)} 个单位（理想值 {ideal}）")
    print(f"总耗时比理想值多不到 1 个单位：{'是' if total < ideal + 1 else '否'}")
