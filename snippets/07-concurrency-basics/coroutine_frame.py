"""原生协程是无栈的：暂停时保存的只是它自己的帧对象，里面有局部变量和暂停的位置。"""
import asyncio
import inspect
import linecache


async def countdown(n):
    while n > 0:
        n -= 1
        await asyncio.sleep(0)  # 在这里暂停，把控制权交出去
    return "发射"


def where(frame):
    return linecache.getline(__file__, frame.f_lineno).strip()


coro = countdown(2)
print("创建后：", inspect.getcoroutinestate(coro))
coro.send(None)  # 不用事件循环，亲手让它运行到第一个 await
frame = coro.cr_frame
print("第一次暂停：", inspect.getcoroutinestate(coro), frame.f_locals, "停在", where(frame))
coro.send(None)
print("第二次暂停：", inspect.getcoroutinestate(coro), coro.cr_frame.f_locals, "还是同一个帧：", coro.cr_frame is frame)
try:
    coro.send(None)
except StopIteration as stop:
    print("结束：", inspect.getcoroutinestate(coro), "返回值", repr(stop.value), "帧：", coro.cr_frame)
