"""协程也会丢更新：临界区里有 await 时，要用 asyncio.Lock。"""
import asyncio

count = 0


async def add_one(lock=None):
    global count
    if lock is None:
        current = count
        await asyncio.sleep(0)      # 在这里让出事件循环，别的协程会插进来
        count = current + 1
    else:
        async with lock:
            current = count
            await asyncio.sleep(0)
            count = current + 1


async def main():
    global count
    await asyncio.gather(*(add_one() for _ in range(10)))
    print(f"不加锁：10 个协程各加 1，count = {count}")

    count = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(add_one(lock) for _ in range(10)))
    print(f"asyncio.Lock：10 个协程各加 1，count = {count}")


asyncio.run(main())
