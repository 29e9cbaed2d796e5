"""工作进程意外死掉时：ProcessPoolExecutor 抛出 BrokenProcessPool，Pool 的结果却永远等不到。"""
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash():
    os._exit(1)  # 模拟工作进程被杀死（段错误、内存不足被系统杀掉……）


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(crash).result(timeout=5)
        except BrokenProcessPool as exc:
            print(f"ProcessPoolExecutor：result() 抛出 {type(exc).__name__}")

    with multiprocessing.Pool(1) as pool:
        try:
            pool.apply_async(crash).get(timeout=1)
        except multiprocessing.TimeoutError:
            print("Pool：等了 1 秒，既没有结果，也没有异常")
        print(f"Pool 换上了新的工作进程，后面的任务照常执行：{'是' if pool.apply(abs, (-3,)) == 3 else '否'}")
