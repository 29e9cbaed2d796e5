"""同步非阻塞：非阻塞套接字的 recv() 没数据时立刻抛 BlockingIOError，调用者只好隔一会儿再来查看（轮询）。"""
import socket
import threading
import time

you, shop = socket.socketpair()
you.setblocking(False)  # 把“你”这一端设为非阻塞
checked_three_times = threading.Event()


def bookstore_owner():
    shop.recv(1024)
    checked_three_times.wait()  # 为了输出确定：等你至少查看了 3 次，老板才回答
    time.sleep(0.1)
    shop.sendall("有货".encode())


owner = threading.Thread(target=bookstore_owner)
owner.start()
you.sendall("有《分布式系统》吗？".encode())

checks = 0
while True:
    checks += 1
    try:
        answer = you.recv(1024)  # 非阻塞：要么立刻拿到数据，要么立刻抛异常
    except BlockingIOError as error:
        if checks <= 3:
            print(f"第 {checks} 次查看：还没有回答（{type(error).__name__}: {error}），先去看会儿电视")
        if checks == 3:
            checked_three_times.set()
        time.sleep(0.02)  # 看一会儿电视；不 sleep 就成了空转，白白占满一个 CPU 核
        continue
    break

print(f"又查看了几次之后，拿到回答“{answer.decode()}”")
print("一共查看了 3 次以上：", checks > 3)  # 具体几次取决于时机，所以只比较

owner.join()
you.close()
shop.close()
