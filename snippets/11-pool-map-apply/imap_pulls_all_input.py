"""imap 逐个交出结果，却不会等你消费：进程池的后台线程会尽快把整个输入取完。"""
import time
from multiprocessing import Pool

N = 1000
pulled = 0  # 生成器被取走了几个元素（生成器在主进程的一个后台线程里被迭代）


def numbers():
    global pulled
    for i in range(N):
        pulled += 1
        yield i


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        results = pool.imap(square, numbers())
        print("只取第一个结果：", next(results))
        deadline = time.monotonic() + 5
        while pulled < N and time.monotonic() < deadline:
            time.sleep(0.01)  # 主进程什么也不消费，只是等一等、看一看
        print(f"此时生成器已被取走 {pulled} 个元素（共 {N} 个）")
        print("剩下的结果还有", sum(1 for _ in results), "个")
