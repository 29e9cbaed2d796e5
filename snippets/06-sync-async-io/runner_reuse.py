"""asyncio.Runner（3.11 起）：几次 run() 共用同一个事件循环和同一个上下文；每次 asyncio.run() 都是新的。"""
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="（未登录）")


async def login(name):
    user.set(name)
    return asyncio.get_running_loop()


async def whoami():
    return user.get(), asyncio.get_running_loop()


with asyncio.Runner() as runner:
    first_loop = runner.run(login("张三"))
    name, second_loop = runner.run(whoami())
    print("Runner：两次 run() 用的是同一个事件循环：", first_loop is second_loop)
    print("Runner：第二次 run() 看到的用户：", name)

asyncio.run(login("张三"))
name, _ = asyncio.run(whoami())
print("asyncio.run：第二次 run() 看到的用户：", name)
