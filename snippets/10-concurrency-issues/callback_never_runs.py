"""离开 with Pool() 代码块时调用的是 terminate()：没等完的任务连同回调一起被丢弃。"""
import time
from multiprocessing import Pool


def slow_square(x):
    time.sleep(0.3)
    return x * x


if __name__ == "__main__":
    got = []
    with Pool(2) as pool:
        for i in range(4):
            pool.apply_async(slow_square, (i,), callback=got.append)
        # 忘了等结果就离开了 with
    print(f"不等结果：回调执行了 {len(got)} 次")

    got = []
    with Pool(2) as pool:
        for i in range(4):
            pool.apply_async(slow_square, (i,), callback=got.append)
        pool.close()  # 不再提交新任务
        pool.join()   # 等所有任务（和它们的回调）完成
    print(f"close() + join()：回调执行了 {len(got)} 次，结果 {sorted(got)}")
