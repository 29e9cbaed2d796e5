"""回调按任务完成的先后被调用，所以回调收集到的列表顺序不固定；get() 则一一对应。"""
# snippet: vary=(?<=回调收集到的顺序：)\[.*\]
import time
from multiprocessing import Pool


def slow_square(x):
    time.sleep(0.1)
    return x * x


result_list = []


def log_result(result):
    # 回调在主进程里执行，所以只有主进程在改 result_list
    result_list.append(result)


if __name__ == "__main__":
    with Pool(4) as pool:
        handles = [pool.apply_async(slow_square, (i,), callback=log_result) for i in range(10)]
        pool.close()
        pool.join()
    print(f"回调收集到的顺序：{result_list}")
    print(f"排序后：{sorted(result_list)}")
    print(f"逐个 get()：{[h.get() for h in handles]}")
