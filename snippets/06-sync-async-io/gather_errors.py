"""gather 默认只抛出第一个异常：其余任务照样运行，后来的异常没有人收到；return_exceptions=True 把异常当作结果返回。"""
import asyncio


async def ok():
    await asyncio.sleep(0.15)
    print("  ok：完成")
    return "ok"


async def bad(seconds, error):
    await asyncio.sleep(seconds)
    print(f"  bad：抛出 {error!r}")
    raise error


def jobs():
    return ok(), bad(0.01, ValueError("第一个错误")), bad(0.1, KeyError("第二个错误"))


async def main():
    print("== gather，默认 ==")
    try:
        await asyncio.gather(*jobs())
    except Exception as error:
        print("gather 抛出：", repr(error))
    await asyncio.sleep(0.2)  # gather 已经结束，再等一会儿，看看另外两个任务

    print("== gather，return_exceptions=True ==")
    results = await asyncio.gather(*jobs(), return_exceptions=True)
    print("结果：", results)


asyncio.run(main())
