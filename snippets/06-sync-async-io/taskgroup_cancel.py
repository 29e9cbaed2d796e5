"""asyncio.TaskGroup（3.11 起）：一个任务失败，组里其余还没做完的任务都被取消，错误装进 ExceptionGroup 抛出。"""
import asyncio
import time


async def fetch(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)  # 假装在下载
    except asyncio.CancelledError:
        print(f"  {name}：被取消了")
        raise  # 做完清理就让取消继续传出去
    if fail:
        raise ValueError(f"{name} 下载失败")
    print(f"  {name}：完成")
    return f"{name} 的数据"


async def main():
    start = time.monotonic()
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(fetch("A", 0.01))
            tg.create_task(fetch("B", 0.02, fail=True))
            c = tg.create_task(fetch("C", 1.0))
        print("这一行不会执行：有任务失败时，async with 块以异常结束")
    except* ValueError as group:
        print("except* 捕获到：", repr(group))
        print("组里的异常：", group.exceptions)
    print("A 的结果还在：", a.result())
    print("C 被取消了吗？", c.cancelled())
    print("没有等 C 的 1 秒就结束了：", time.monotonic() - start < 0.5)


asyncio.run(main())
