"""消费者出错时，TaskGroup 取消组里的其他任务：等在满队列 put() 上的生产者不会被永远挂住。"""
import asyncio


async def producer(q):
    i = 0
    try:
        for i in range(10):
            await q.put(i)  # 队列只能放 2 件，消费者不取，生产者就等在这里
        q.shutdown()
    except asyncio.CancelledError:
        print(f"生产者：等着放第 {i} 件时被取消")
        raise  # 取消要让它传出去，不要吞掉


async def consumer(q):
    while True:
        item = await q.get()
        if item == 3:
            raise ValueError(f"第 {item} 件是坏的")
        print(f"消费者：处理了第 {item} 件")


async def main():
    q = asyncio.Queue(maxsize=2)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(producer(q))
            tg.create_task(consumer(q))
    except* ValueError as group:
        print(f"TaskGroup 抛出 {type(group).__name__}：{group.exceptions}")


asyncio.run(main())
