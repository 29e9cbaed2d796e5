"""同样 3 个任务（计算、等 I/O、计算、等 I/O、计算），分别用单线程、多线程、事件驱动（asyncio）来跑。"""
# snippet: vary=约 \d+\.\d 秒
import asyncio
import threading
import time

WAIT = 0.1  # 每次 I/O 等待 0.1 秒；每个任务等 2 次


def task(n, order):
    for step in range(3):
        order.append(n)  # “计算”：记下是谁在用 CPU
        if step < 2:
            time.sleep(WAIT)  # 阻塞式 I/O：整个线程停在这里


async def async_task(n, order):
    for step in range(3):
        order.append(n)
        if step < 2:
            await asyncio.sleep(WAIT)  # 非阻塞式 I/O：等待时事件循环去运行别的任务


def single_thread():
    order = []
    for n in (1, 2, 3):
        task(n, order)
    return order


def multi_thread():
    order = []
    threads = [threading.Thread(target=task, args=(n, order)) for n in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return order


def event_driven():
    async def main():
        order = []
        await asyncio.gather(*(async_task(n, order) for n in (1, 2, 3)))
        return order
    return asyncio.run(main())


times = {}
for name, run in [("单线程", single_thread), ("多线程", multi_thread), ("事件驱动", event_driven)]:
    start = time.monotonic()
    order = run()
    times[name] = time.monotonic() - start
    shown = " ".join(map(str, order)) if name != "多线程" else "不确定（由操作系统调度）"
    print(f"{name}：计算的先后 {shown}，总耗时约 {times[name]:.1f} 秒")
half = times["单线程"] / 2
print("多线程、事件驱动的耗时都不到单线程的一半：", times["多线程"] < half and times["事件驱动"] < half)
