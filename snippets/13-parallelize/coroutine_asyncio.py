"""协程并行：用 asyncio 让三个子任务在一个线程里交替等待。"""
# snippet: vary=约 \d+ 个单位
import asyncio
import threading
import time

UNIT = 0.05  # 一个时间单位：0.05 秒
ITEMS = "abc"  # 三个子任务


def run(units=None):
    """跑一遍玩具任务，返回每一步的记录 (谁做的, 哪一步, 开始, 结束)，时间以秒计。"""
    units = units or {}
    log = []
    threads = set()
    t0 = time.perf_counter()

    async def step(n, item):  # 子任务 item 的第 n 步：await 期间，别的协程可以运行
        label = f"{item}{n}"
        start = time.perf_counter() - t0
        await asyncio.sleep(UNIT * units.get(label, 1))
        log.append((asyncio.current_task().get_name(), label, start, time.perf_counter() - t0))
        threads.add(threading.current_thread().name)
        return item

    # [start-core]
    async def all_steps(item):  # 一个子任务的完整流程，写法和串行代码一样
        return await step(3, await step(2, await step(1, item)))

    async def main():
        tasks = [asyncio.create_task(all_steps(item), name=f"协程 {item}") for item in ITEMS]
        return await asyncio.gather(*tasks)

    results = asyncio.run(main())
    # [end-core]
    assert results == list(ITEMS) and threads == {"MainThread"}
    return log


if __name__ == "__main__":
    log = run()
    order = " ".join(label for _, label, _, _ in sorted(log, key=lambda r: r[2]))
    print(f"各步开始的顺序：{order}")
    print(f"自始至终只有一个线程：{threading.active_count() == 1}")
    total, ideal = max(end for *_, end in log) / UNIT, 3
    print(f"总耗时：约 {round(total)} 个单位（理想值 {ideal}）")
    print(f"总耗时比理想值多不到 1 个单位：{'是' if total < ideal + 1 else '否'}")
