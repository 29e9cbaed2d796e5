"""同步阻塞：recv() 在数据到达之前不返回，调用它的线程一直挂起等待。"""
import socket
import threading
import time

# 一对已连好的套接字：you 是“你”这一端，shop 是“书店老板”那一端，数据不出本机
you, shop = socket.socketpair()


def bookstore_owner():
    question = shop.recv(1024)  # 老板这边也是阻塞地等问题
    print(f"老板：收到“{question.decode()}”，我查一下……")
    time.sleep(0.3)  # 查书要花时间
    print("老板：查到了，告诉你")
    shop.sendall("有货".encode())


owner = threading.Thread(target=bookstore_owner)
owner.start()

print("你：打电话问书，然后拿着电话等（调用 recv，阻塞）")
start = time.monotonic()
you.sendall("有《分布式系统》吗？".encode())
answer = you.recv(1024)  # 阻塞：数据到来之前，这一行不会返回
waited = time.monotonic() - start
print(f"你：recv() 返回了“{answer.decode()}”")
print("你：这期间什么别的事也没做，至少等了 0.3 秒：", round(waited, 2) >= 0.3)

owner.join()
you.close()
shop.close()
