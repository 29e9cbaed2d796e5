"""ThreadPool.imap 的任务队列没有上限：后台线程会把输入一口气读完。"""
import time
from multiprocessing.pool import ThreadPool

CAP = 100_000  # 生成器最多产生这么多个元素，防止示例失控
pulled = 0     # 生成器已被取走的元素个数


def numbers():
    global pulled
    for i in range(CAP):
        pulled += 1
        yield i


def slow(x):
    time.sleep(0.5)  # 慢任务：两个工作线程每秒只能处理几个任务
    return x


if __name__ == "__main__":
    pool = ThreadPool(2)
    results = pool.imap(slow, numbers())  # 主线程一个结果也不取
    deadline = time.monotonic() + 5
    while pulled < CAP and time.monotonic() < deadline:
        time.sleep(0.05)
    print(f"取走的输入达到了上限（输入被读完）：{'是' if pulled == CAP else '否'}")
    pool.terminate()  # 清空任务队列；工作线程做完手上的任务后退出
    pool.join()
