"""线程改的全局变量主线程看得见，子进程改的只是它自己那一份。"""
import threading
from multiprocessing import Process

counter = 0


def add_100():
    global counter
    counter += 100


def add_100_and_report():
    add_100()
    print(f"  子进程里：counter = {counter}")


if __name__ == "__main__":
    t = threading.Thread(target=add_100)
    t.start()
    t.join()
    print(f"线程执行 add_100 之后，主程序看到 counter = {counter}")

    p = Process(target=add_100_and_report)
    p.start()
    p.join()
    print(f"子进程执行 add_100 之后，主程序看到 counter = {counter}")
