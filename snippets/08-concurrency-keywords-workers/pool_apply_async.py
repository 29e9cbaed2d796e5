"""进程池 Pool(5) 跑 10 个任务：apply_async 立即返回，任务完成时回调在主进程里被调用。"""
# snippet: unordered
import os
import time
from multiprocessing import Pool

worker_pids = set()
finished = []


def foo(i):
    time.sleep(0.1)
    return i + 100, os.getpid()


def bar(result):
    """回调：在主进程里执行，拿到的参数就是 foo 的返回值。"""
    value, pid = result
    worker_pids.add(pid)
    finished.append(value)
    print("-->exec done:", value)


if __name__ == "__main__":
    pool = Pool(5)  # 一开始就创建 5 个工作进程，之后反复使用它们
    for i in range(10):
        pool.apply_async(func=foo, args=(i,), callback=bar)
    print("end：10 个任务都提交了，apply_async 不等任务完成就返回")
    print("提交完时，已经完成的任务：", len(finished), "个")
    pool.close()  # 不再接受新任务
    pool.join()  # 等所有任务完成、工作进程退出；必须在 close() 或 terminate() 之后
    print("10 个任务只用了不超过 5 个工作进程：", len(worker_pids) <= 5)
