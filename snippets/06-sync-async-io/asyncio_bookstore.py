"""async/await：三位顾客同时向本机的书店服务器询问，等待互相重叠，总时间约等于最慢的一次。"""
# snippet: vary=约 \d+\.\d 秒
import asyncio
import time

STOCK = {"分布式系统": "有货", "操作系统": "没货", "网络编程": "有货"}


async def handle(reader, writer):
    """书店服务器：每个问题都要查 0.2 秒。查的时候 await，服务器可以同时接待别人。"""
    title = (await reader.readline()).decode().strip()
    await asyncio.sleep(0.2)
    writer.write(f"{title}：{STOCK[title]}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port, title):
    print(f"问：{title}")
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{title}\n".encode())
    await writer.drain()
    answer = (await reader.readline()).decode().strip()  # 等回答时让出控制权
    writer.close()
    await writer.wait_closed()
    return answer


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # 端口 0：由系统挑一个空闲端口
    port = server.sockets[0].getsockname()[1]
    async with server:
        print("== 逐个问：问完一本、拿到回答，再问下一本 ==")
        start = time.monotonic()
        for title in STOCK:
            print(f"答：{await ask(port, title)}")
        one_by_one = time.monotonic() - start
        print(f"逐个问总耗时约 {one_by_one:.1f} 秒")

        print("== 同时问：三个协程一起发问，一起等 ==")
        start = time.monotonic()
        answers = await asyncio.gather(*(ask(port, title) for title in STOCK))
        together = time.monotonic() - start
        for answer in answers:  # gather 按提交顺序返回结果
            print(f"答：{answer}")
        print(f"同时问总耗时约 {together:.1f} 秒")
        print("同时问的耗时不到逐个问的一半：", together < one_by_one / 2)


asyncio.run(main())
