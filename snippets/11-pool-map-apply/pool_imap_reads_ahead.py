"""Pool.imap 的任务分派线程会提前读取输入，但管道写满就停下：无穷的输入也不会被读完。"""
import sys
import threading
import time
from multiprocessing import Pool

CAP = 100_000  # 生成器最多产生这么多个元素，防止示例失控
pulled = 0     # 生成器已被取走的元素个数


def numbers():
    global pulled
    for i in range(CAP):
        pulled += 1
        yield i


def slow(x):
    time.sleep(0.5)  # 慢任务：两个工作进程每秒只能取走几个任务
    return x


def stack_of(thread_name_suffix):
    """某个线程此刻的调用栈（函数名，从里到外）。"""
    thread = next(t for t in threading.enumerate() if t.name.endswith(thread_name_suffix))
    frame, names = sys._current_frames()[thread.ident], []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


if __name__ == "__main__":
    pool = Pool(2)
    results = pool.imap(slow, numbers())  # 主线程一个结果也不取
    time.sleep(1)
    first_look = pulled
    time.sleep(0.5)
    print(f"取走的输入远少于上限：{'是' if pulled < CAP // 10 else '否'}")
    print(f"取走的输入多于工作进程手里的任务：{'是' if pulled > 100 else '否'}")
    print(f"半秒之后几乎没有再多取：{'是' if pulled - first_look < 10 else '否'}")
    print(f"任务分派线程正卡在往管道里写：{'是' if 'send' in stack_of('(_handle_tasks)') else '否'}")
    pool.terminate()  # 不等剩下的任务，直接结束工作进程
    pool.join()
