"""进程、线程、协程各自“住”在哪里：比较它们所在的进程号和（操作系统）线程号。"""
import asyncio
import os
import threading
from multiprocessing import Process, Queue


def report(queue):
    queue.put((os.getpid(), threading.get_native_id()))


def report_together(queue, barrier):
    barrier.wait()  # 两个线程同时活着时再报告（线程结束后，线程号可能被系统重用）
    report(queue)


async def coroutine_report():
    await asyncio.sleep(0)  # 让出一次控制权，协程之间就这样轮流执行
    return os.getpid(), threading.get_native_id()


async def three_coroutines():
    return await asyncio.gather(*(coroutine_report() for _ in range(3)))


if __name__ == "__main__":
    me = (os.getpid(), threading.get_native_id())
    queue = Queue()

    # 一个子进程：进程号和主进程不同
    p = Process(target=report, args=(queue,))
    p.start()
    child = queue.get()
    p.join()
    print("进程：子进程的进程号与主进程不同：", child[0] != me[0])

    # 两个线程：进程号相同，各有自己的线程号
    barrier = threading.Barrier(2)
    threads = [threading.Thread(target=report_together, args=(queue, barrier)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t1, t2 = queue.get(), queue.get()
    print("线程：进程号与主线程相同：", t1[0] == t2[0] == me[0])
    print("线程：三个线程号互不相同：", len({t1[1], t2[1], me[1]}) == 3)

    # 三个协程：都在主线程里，由同一个事件循环轮流执行
    places = asyncio.run(three_coroutines())
    print("协程：3 个协程都跑在主线程里：", all(place == me for place in places))
