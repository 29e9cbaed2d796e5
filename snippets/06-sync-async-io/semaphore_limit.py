"""用 asyncio.Semaphore 限制同时进行的任务数：10 个下载任务，同一时刻最多 3 个在下载。"""
import asyncio

limit = asyncio.Semaphore(3)
running = 0  # 此刻正在下载的任务数
most = 0  # 出现过的最大值


async def download(n):
    global running, most
    async with limit:  # 已经有 3 个在下载时，在这里等
        running += 1
        most = max(most, running)
        await asyncio.sleep(0.02)  # 假装在下载
        running -= 1
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(download(n)) for n in range(10)]
    print("10 个任务都完成了：", [t.result() for t in tasks] == list(range(10)))
    print("同一时刻最多有几个在下载：", most)


asyncio.run(main())
