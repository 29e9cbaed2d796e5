"""垂直并行：每个子任务的三步打包成一个函数，用 apply_async 交给线程池并行执行。"""
# snippet: vary=约 \d+ 个单位
import threading
import time
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
    def all_steps(item):  # 一个子任务的完整流程，内部保持顺序
        return step(3, step(2, step(1, item)))

    with ThreadPool(WORKERS) as pool:
        # 把函数和参数分开交给池；写成 all_steps(item) 就成了在当前线程里直接调用
        handles = [pool.apply_async(all_steps, (item,)) for item in ITEMS]
        results = [h.get() for h in handles]
    # [end-core]
    assert results == list(ITEMS)
    return log


if __name__ == "__main__":
    log = run()
    threads = {item: {who for who, label, *_ in log if label[0] == item} for item in ITEMS}
    same_thread = all(len(t) == 1 for t in threads.values())
    print(f"每个子任务的三步都在同一个线程里完成：{same_thread}")
    by_start = sorted(log, key=lambda r: r[2])
    for item in ITEMS:
        steps = " ".join(label for _, label, _, _ in by_start if label[0] == item)
        print(f"子任务 {item} 的步骤顺序：{steps}")
    total, ideal = max(end for *_, end in log) / UNIT, 3
    print(f"总耗时：约 {round(total)} 个单位（理想值 {ideal}）")
    print(f"总耗时比理想值多不到 1 个单位：{'是' if total < ideal + 1 else '否'}")
