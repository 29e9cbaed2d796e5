"""协程是协作式的：只在 await 处让出；一个协程里调用阻塞函数，整个事件循环都停住。"""
import asyncio
import time


async def run(use_await):
    state = {"hog_running": False, "finished": False, "ticks_during_hog": 0}

    async def ticker():
        """每 0.01 秒醒来一次，数一数有几次是在 hog 运行期间醒来的。"""
        while not state["finished"]:
            if state["hog_running"]:
                state["ticks_during_hog"] += 1
            await asyncio.sleep(0.01)

    async def hog():
        state["hog_running"] = True
        if use_await:
            await asyncio.sleep(0.3)  # 等待时把控制权交还给事件循环
        else:
            time.sleep(0.3)  # 阻塞整个线程：事件循环没有机会运行别的协程
        state["hog_running"] = False
        state["finished"] = True

    await asyncio.gather(ticker(), hog())
    return state["ticks_during_hog"]


ticks = asyncio.run(run(use_await=True))
print("hog 用 await asyncio.sleep(0.3)：期间 ticker 得到了运行机会：", ticks > 0)
ticks = asyncio.run(run(use_await=False))
print("hog 用 time.sleep(0.3)：期间 ticker 运行的次数：", ticks)
