"""取消是一个异常（CancelledError）：清理之后要让它传出去。吞掉它，asyncio.timeout() 就不会报告超时。"""
import asyncio


async def polite():
    try:
        await asyncio.sleep(1.0)
    except asyncio.CancelledError:
        print("  polite：收到取消，关闭连接")
        raise  # 清理完，继续传出去
    return "polite 的结果"


async def stubborn():
    try:
        await asyncio.sleep(1.0)
    except asyncio.CancelledError:
        print("  stubborn：收到取消，吞掉，装作什么也没发生")
    return "stubborn 的结果（其实没做完）"


async def main():
    print("CancelledError 是 Exception 的子类吗？", issubclass(asyncio.CancelledError, Exception))
    print("CancelledError 是 BaseException 的子类吗？", issubclass(asyncio.CancelledError, BaseException))
    for job in (polite, stubborn):
        print(f"== {job.__name__}，限时 0.05 秒 ==")
        try:
            async with asyncio.timeout(0.05):
                result = await job()
            print("没有超时，拿到：", result)
        except TimeoutError:
            print("超时：抛出 TimeoutError")


asyncio.run(main())
