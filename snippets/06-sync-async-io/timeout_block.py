"""asyncio.timeout()（3.11 起）：块里的代码超时就被取消，块的出口处抛出 TimeoutError。"""
import asyncio

finished = []  # 做完的查询把自己的耗时记在这里


async def query(seconds):
    await asyncio.sleep(seconds)  # 假装在等数据库
    finished.append(seconds)
    return f"查询用了 {seconds} 秒"


async def main():
    for seconds in (0, 1.0):
        try:
            async with asyncio.timeout(0.1):  # 最多等 0.1 秒
                print("结果：", await query(seconds))
        except TimeoutError:
            print(f"query({seconds}) 超过 0.1 秒，被取消，抛出 TimeoutError")
            print("它没有做完：", seconds not in finished)


asyncio.run(main())
# snippet: requires=3.11
