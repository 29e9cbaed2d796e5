"""用 multiprocessing.Queue 在两个进程之间传数据；写完放一个哨兵 None，读进程见到它就退出。"""
import time
from multiprocessing import Process, Queue


def write(q):
    for value in "ABCDE":
        q.put(value)
        time.sleep(0.05)
    q.put(None)  # 哨兵：告诉读进程“没有了”


def read(q):
    while (value := q.get()) is not None:  # get() 默认阻塞，直到有数据
        print(f"读进程：get {value}")
    print("读进程：收到哨兵 None，退出")


if __name__ == "__main__":
    q = Queue()
    pw = Process(target=write, args=(q,), name="writer")
    pr = Process(target=read, args=(q,), name="reader")
    print(f"写进程 {pw.name}，读进程 {pr.name}")
    pw.start()
    pr.start()
    pw.join()
    pr.join()  # 读进程会自己结束，所以 join() 能返回，不需要 terminate()
    print("exitcode：", pw.exitcode, pr.exitcode)
