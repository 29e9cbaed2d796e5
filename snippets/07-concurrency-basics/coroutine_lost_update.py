"""协程也会丢失更新：两个 await 之间的代码不会被打断，但“读-改-写”中间有 await 时，别的协程会插进来。"""
import asyncio

count = 0


async def add_one_no_await():
    global count
    count += 1  # 读、改、写之间没有 await：不会被别的协程打断


async def add_one_with_await():
    global count
    old = count  # 读
    await asyncio.sleep(0)  # 比如中间要查一次数据库：在这里让出
    count = old + 1  # 写：写回的是让出之前读到的旧值


async def add_one_locked(lock):
    global count
    async with lock:  # 整段“读-改-写”由 asyncio.Lock 保护
        old = count
        await asyncio.sleep(0)
        count = old + 1


async def run(make_job):
    global count
    count = 0
    await asyncio.gather(*(make_job() for _ in range(10)))
    return count


async def main():
    lock = asyncio.Lock()
    print("中间没有 await，10 个协程各加 1：", await run(add_one_no_await))
    print("中间有 await，10 个协程各加 1：  ", await run(add_one_with_await))
    print("中间有 await、加 asyncio.Lock：  ", await run(lambda: add_one_locked(lock)))


asyncio.run(main())
