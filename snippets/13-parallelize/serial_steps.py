"""无并行：子任务 a、b、c 一个接一个，每个都按顺序做完三步。"""
# snippet: vary=约 \d+ 个单位
import threading
import time

UNIT = 0.05  # 一个时间单位：0.05 秒
ITEMS = "abc"  # 三个子任务


def run(units=None):
    """跑一遍玩具任务，返回每一步的记录 (谁做的, 哪一步, 开始, 结束)，时间以秒计。

    units 让某些步骤变慢，例如 {"b1": 3}：b 的第 1 步要 3 个单位，其余都是 1 个单位。"""
    units = units or {}
    log = []
    t0 = time.perf_counter()

    def step(n, item):  # 子任务 item 的第 n 步：用 sleep 模拟一次耗时的 I/O
        label = f"{item}{n}"
        start = time.perf_counter() - t0
        time.sleep(UNIT * units.get(label, 1))
        log.append((threading.current_thread().name, label, start, time.perf_counter() - t0))
        return item

    for item in ITEMS:
        step(1, item)
        step(2, item)
        step(3, item)
    return log


if __name__ == "__main__":
    log = run()
    order = " ".join(label for _, label, _, _ in sorted(log, key=lambda r: r[2]))
    print(f"执行顺序：{order}")
    print(f"用到的线程：{sorted({who for who, *_ in log})}")
    total, ideal = max(end for *_, end in log) / UNIT, 9
    print(f"总耗时：约 {round(total)} 个单位（理想值 {ideal}）")
    print(f"总耗时比理想值多不到 1 个单位：{'是' if total < ideal + 1 else '否'}")
