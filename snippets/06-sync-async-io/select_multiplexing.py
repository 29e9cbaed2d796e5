"""I/O 多路复用：用 selectors 一次等待多个套接字，哪个先有数据就先处理哪个。"""
import selectors
import socket
import threading
import time

you_a, shop_a = socket.socketpair()
you_b, shop_b = socket.socketpair()
b_handled = threading.Event()


def owners():
    """两家书店由同一个线程扮演：B 先回答；等你处理完 B，A 再回答（让输出顺序确定）。"""
    time.sleep(0.1)
    shop_b.sendall("B：没货".encode())
    b_handled.wait()
    time.sleep(0.1)
    shop_a.sendall("A：有货".encode())


sel = selectors.DefaultSelector()  # Linux 上是 EpollSelector
sel.register(you_a, selectors.EVENT_READ, data="书店 A")
sel.register(you_b, selectors.EVENT_READ, data="书店 B")
print("用的选择器：", type(sel).__name__)

worker = threading.Thread(target=owners)
worker.start()

# timeout=0：只看一眼，不等待（这就是非阻塞的轮询）
print("看一眼（timeout=0）：", sel.select(timeout=0))

waiting = 2
while waiting:
    # timeout=None：阻塞，直到登记的套接字里至少有一个可读
    for key, _ in sel.select(timeout=None):
        answer = key.fileobj.recv(1024).decode()
        print(f"{key.data} 可读了，收到“{answer}”")
        sel.unregister(key.fileobj)
        waiting -= 1
        b_handled.set()

print("两家都回答了")
worker.join()
sel.close()
for s in (you_a, shop_a, you_b, shop_b):
    s.close()
