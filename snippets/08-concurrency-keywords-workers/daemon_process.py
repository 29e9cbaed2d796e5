"""守护进程：主进程的代码一执行完，守护子进程就被终止；非守护子进程则会被等到结束。"""
import time
from multiprocessing import Event, Process


def foo(started):
    print("foo：123（守护进程）")
    started.set()
    time.sleep(2)  # 留足余量：机器再忙，主进程也早在这之前结束了
    print("foo：end123")  # 来不及打印：主进程代码结束时它就被终止了


def bar(started):
    print("bar：456（普通进程）")
    started.set()
    time.sleep(0.8)
    print("bar：end456")


if __name__ == "__main__":
    foo_started, bar_started = Event(), Event()
    p1 = Process(target=foo, args=(foo_started,), daemon=True)  # 也可以 start 之前写 p1.daemon = True
    p2 = Process(target=bar, args=(bar_started,))
    p1.start()
    foo_started.wait()  # 等两个子进程都打印了第一行，让输出顺序固定
    p2.start()
    bar_started.wait()
    print("main：主进程的代码到此结束")
    # 解释器退出前，multiprocessing 先终止守护子进程 p1，再 join 非守护子进程 p2
