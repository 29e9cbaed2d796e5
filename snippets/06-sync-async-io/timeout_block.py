"""asyncio.timeout()（3.11 起）：块里的代码超时就被取消，块的出口处抛出 TimeoutError。"""
import asyncio
import time


async def query(seconds):
    await asyncio.sleep(seconds)  # 假装在等数据库
    return f"查询用了 {seconds} 秒"


async def main():
    for seconds in (0.01, 1.0):
        start = time.monotonic()
        try:
            async with asyncio.timeout(0.1):  # 最多等 0.1 秒
                print("结果：", await query(seconds))
        except TimeoutError:
            print(f"query({seconds}) 超过 0.1 秒，被取消，抛出 TimeoutError")
            print("没有等满 1 秒：", time.monotonic() - start < 0.5)


asyncio.run(main())
