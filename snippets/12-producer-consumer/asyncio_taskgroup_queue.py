"""asyncio 的生产者-消费者：asyncio.Queue 加 TaskGroup（3.11）；生产者都结束后 shutdown()（3.13）通知消费者。"""
import asyncio
import random

FOODS = ["包子", "馒头", "花卷"]


async def producer(q, food):
    rng = random.Random(food)
    for i in range(4):
        await asyncio.sleep(rng.random() / 20)
        await q.put(f"{food}{i}")  # 队列满了就在这里等消费者


async def consumer(q):
    eaten = []
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:  # 队列已关闭，剩下的数据也取完了
            return eaten
        await asyncio.sleep(0.01)
        eaten.append(item)


async def main():
    q = asyncio.Queue(maxsize=5)
    async with asyncio.TaskGroup() as tg:  # 离开这个块时，组里的任务都已结束
        consumers = [tg.create_task(consumer(q)) for _ in range(2)]
        async with asyncio.TaskGroup() as producers:
            for food in FOODS:
                producers.create_task(producer(q, food))
        q.shutdown()  # 走到这里，所有生产者都已结束
    eaten = sorted(item for task in consumers for item in task.result())
    print(f"消费掉的 {len(eaten)} 件：{eaten}")
    print(f"消费者都已结束：{all(task.done() for task in consumers)}")


asyncio.run(main())
