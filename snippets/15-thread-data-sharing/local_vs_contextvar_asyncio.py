"""asyncio 的多个任务跑在同一个线程里：threading.local 分不开它们，contextvars 可以。"""
import asyncio
import contextvars
import threading

local = threading.local()
request_id = contextvars.ContextVar("request_id")


async def handle(rid):
    local.rid = rid
    request_id.set(rid)
    await asyncio.sleep(0)  # 让出控制权，另一个任务趁机改写
    return f"任务 {rid}：threading.local 读到 {local.rid}，ContextVar 读到 {request_id.get()}"


async def main():
    for line in await asyncio.gather(handle(1), handle(2)):
        print(line)


asyncio.run(main())
