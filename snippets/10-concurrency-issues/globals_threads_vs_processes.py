"""线程改的全局变量主线程看得见；子进程改的只是它自己那一份，起点取决于启动方式。"""
import multiprocessing
import threading

counter = 0


def add_100():
    global counter
    counter += 100


def add_100_and_report(method):
    add_100()
    print(f"  {method:<10} 子进程里：counter = {counter}", flush=True)


if __name__ == "__main__":
    t = threading.Thread(target=add_100)
    t.start()
    t.join()
    print(f"线程执行 add_100 之后，主程序看到 counter = {counter}")

    for method in ("fork", "forkserver", "spawn"):
        p = multiprocessing.get_context(method).Process(target=add_100_and_report, args=(method,))
        p.start()
        p.join()
    print(f"三个子进程都执行了 add_100，主程序看到 counter = {counter}")
