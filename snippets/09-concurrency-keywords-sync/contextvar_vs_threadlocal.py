"""协程都在同一个线程里，threading.local 分不开它们；contextvars.ContextVar 能让每个 asyncio 任务各有一份。"""
import asyncio
import contextvars
import threading

local = threading.local()
current_user = contextvars.ContextVar("current_user")


async def handle(user):
    local.user = user  # 同一线程：后写的会覆盖先写的
    current_user.set(user)  # 每个任务运行在自己的上下文副本里
    await asyncio.sleep(0.01)  # 让出控制权，别的任务趁机写了 local.user
    print(f"处理 {user}：local.user = {local.user}，current_user.get() = {current_user.get()}")


async def main():
    await asyncio.gather(handle("Alice"), handle("Bob"))


asyncio.run(main())

# 线程：在默认构建上，新线程从一个空的上下文开始，看不到启动它的线程设的值
current_user.set("主线程设的值")
seen = []
t = threading.Thread(target=lambda: seen.append(current_user.get("没有值")))
t.start()
t.join()
print("新线程里 current_user.get() =", seen[0])
