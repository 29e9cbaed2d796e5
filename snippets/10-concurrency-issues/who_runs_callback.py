"""apply_async 的回调在主进程里执行，由 Pool 的一个结果处理线程依次调用。"""
import os
import threading
from multiprocessing import Pool


def square(x):
    return x * x, os.getpid()  # 顺便带回执行任务的进程号


calls = []


def on_result(result):
    value, worker_pid = result
    calls.append((value, worker_pid, os.getpid(), threading.current_thread().name))


if __name__ == "__main__":
    main_pid = os.getpid()
    with Pool(2) as pool:
        pending = [pool.apply_async(square, (i,), callback=on_result) for i in range(6)]
        for r in pending:
            r.wait()  # 回调在 wait() 返回之前就已执行完

    print(f"回调次数：{len(calls)}，收到的值：{sorted(value for value, *_ in calls)}")
    print(f"任务都在别的进程里算：{all(w != main_pid for _, w, _, _ in calls)}")
    print(f"回调都在主进程里跑：{all(p == main_pid for _, _, p, _ in calls)}")
    print(f"执行回调的线程：{sorted({name for *_, name in calls})}")
    print(f"主线程叫：{threading.main_thread().name}")
