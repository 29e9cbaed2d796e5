"""cancel() 只对还没开始的任务有效；进程池把任务送进调用队列时就算“开始”了。"""
import multiprocessing
import threading
import time
from concurrent.futures import CancelledError, ProcessPoolExecutor, ThreadPoolExecutor


def init(event):
    global release
    release = event


def blocked(x):
    release.wait(timeout=5)  # 等主进程放行
    return x


if __name__ == "__main__":
    # 线程池：一个工作线程，任务 0 在运行，任务 1 还在排队
    init(threading.Event())
    with ThreadPoolExecutor(max_workers=1) as executor:
        first, second = executor.submit(blocked, 0), executor.submit(blocked, 1)
        while not first.running():
            time.sleep(0.01)
        print(f"运行中的任务 cancel()：{first.cancel()}")
        print(f"排队中的任务 cancel()：{second.cancel()}，cancelled() = {second.cancelled()}")
        try:
            second.result()
        except CancelledError:
            print("被取消的任务 result() 抛出 CancelledError")
        release.set()
        print(f"运行中的任务照常完成：{first.result()}")

    # 进程池：一个工作进程卡在任务 0 上，任务 1 已被送进调用队列
    event = multiprocessing.Event()
    with ProcessPoolExecutor(max_workers=1, initializer=init, initargs=(event,)) as executor:
        futures = [executor.submit(blocked, x) for x in range(4)]
        deadline = time.monotonic() + 5
        while not futures[1].running() and time.monotonic() < deadline:
            time.sleep(0.01)
        print(f"进程池：还没开始的任务 1 已是 running()：{futures[1].running()}，"
              f"cancel()：{futures[1].cancel()}")
        print(f"进程池：最后一个任务还在排队，cancel()：{futures[-1].cancel()}")
        event.set()
