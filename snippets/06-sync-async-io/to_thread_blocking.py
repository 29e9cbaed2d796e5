"""asyncio.to_thread：把阻塞的函数放到另一个线程里运行，事件循环在等待期间照常运行别的协程。"""
import asyncio
import threading
import time


def blocking_read():
    """一个只有阻塞版本的函数（比如某个同步的库）：time.sleep 代表它在等 I/O。"""
    time.sleep(0.2)
    return threading.get_ident()


async def ticker(counter, stop):
    while not stop.is_set():
        counter["ticks"] += 1
        await asyncio.sleep(0.01)


async def main(use_thread):
    counter, stop = {"ticks": 0}, asyncio.Event()
    tick_task = asyncio.create_task(ticker(counter, stop))
    await asyncio.sleep(0)  # 让 ticker 先开始
    before = counter["ticks"]
    if use_thread:
        thread_id = await asyncio.to_thread(blocking_read)  # 在线程里等，事件循环不被卡住
    else:
        thread_id = blocking_read()  # 直接调用：整个事件循环停 0.2 秒
    ticks = counter["ticks"] - before
    stop.set()
    await tick_task
    return ticks, thread_id != threading.get_ident()


ticks, elsewhere = asyncio.run(main(use_thread=False))
print(f"直接调用：等待期间 ticker 运行了 {ticks} 次；在别的线程里执行：{elsewhere}")
ticks, elsewhere = asyncio.run(main(use_thread=True))
print(f"to_thread：等待期间 ticker 照常运行：{ticks > 0}；在别的线程里执行：{elsewhere}")
