"""线程里未捕获的异常只结束这一个线程：threading.excepthook 打印回溯，其他线程照常运行。"""
import threading


def worker():
    print("worker：开始干活")
    1 / 0
    print("worker：这一行不会执行")


t = threading.Thread(target=worker, name="worker")
t.start()
t.join()
print("主线程：worker 线程出错结束了，但进程还活着；worker 还在运行吗？", t.is_alive())
