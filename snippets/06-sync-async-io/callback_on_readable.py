"""异步非阻塞：登记一个回调后就去做别的事；数据到达时由事件循环调用回调。"""
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    you, shop = socket.socketpair()
    you.setblocking(False)
    shop.setblocking(False)
    done = loop.create_future()
    second_episode = asyncio.Event()

    def on_readable():
        """回调：不是你去查，而是事件循环发现套接字可读时来调用它（“回电”）。"""
        answer = you.recv(1024).decode()
        print(f"回调 on_readable：电话响了，老板说“{answer}”")
        loop.remove_reader(you)
        done.set_result(answer)

    async def bookstore_owner():
        await second_episode.wait()  # 为了输出确定：你看完第 2 集时老板正好查到
        print("老板：查到了，回电")
        shop.send("有货".encode())

    loop.add_reader(you, on_readable)  # 登记：you 可读时调用 on_readable
    print("你：留下电话（登记回调），挂断，去看电视")
    owner = asyncio.create_task(bookstore_owner())

    for episode in range(1, 4):  # 看 3 集电视，一次也不去查看书的事
        print(f"你：看电视第 {episode} 集")
        if episode == 2:
            second_episode.set()
        await asyncio.sleep(0.1)  # 交出控制权，事件循环趁这时处理别的事

    print(f"你：电视看完了，书的事早由回调办好：{await done}")
    await owner
    you.close()
    shop.close()


asyncio.run(main())
