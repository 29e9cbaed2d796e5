"""max_tasks_per_child（3.11 起）：工作进程执行够这么多任务就退出，换一个新的。"""
import multiprocessing
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor


def which_worker(_):
    return os.getpid()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2) as executor:
        pids = [executor.submit(which_worker, i).result() for i in range(6)]
    print(f"6 个任务由几个工作进程执行：{len(set(pids))}")
    print(f"每个工作进程执行的任务数：{list(Counter(pids).values())}")

    try:
        ProcessPoolExecutor(max_tasks_per_child=2, mp_context=multiprocessing.get_context("fork"))
    except ValueError as exc:
        print(f"配 fork 启动方式：ValueError: {exc}")
