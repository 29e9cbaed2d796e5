"""线程池和进程池是同一套接口：submit() 返回 Future，map() 按输入顺序交出结果。"""
import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square(x):
    return x * x


def add(x, y):
    return x + y


if __name__ == "__main__":
    for Executor in (ThreadPoolExecutor, ProcessPoolExecutor):
        with Executor(max_workers=2) as executor:  # 离开 with 时等所有任务完成
            print(Executor.__name__)
            future = executor.submit(add, 2, 3)    # 一次提交一个调用，参数任意
            print(f"  submit 返回 {type(future).__name__}，result() = {future.result()}")
            results = executor.map(square, range(5))  # 一批输入，逐个交出结果
            print(f"  map 返回 {type(results).__name__}，按输入顺序：{list(results)}")
            print(f"  map 也能传多个可迭代对象：{list(executor.map(add, [1, 2], [10, 20]))}")
            same = executor.submit(os.getpid).result() == os.getpid()
            print(f"  任务在主进程里执行：{'是' if same else '否'}")
