"""守护进程里不能再创建子进程：start() 会抛出 AssertionError。"""
from multiprocessing import Process


def grandchild():
    print("孙进程：这一行不会出现")


def daemon_worker():
    try:
        Process(target=grandchild).start()
    except AssertionError as error:
        print(f"守护进程里 start() 失败：{type(error).__name__}: {error}")


if __name__ == "__main__":
    p = Process(target=daemon_worker, daemon=True)
    p.start()
    p.join()  # 主进程等它结束，守护进程就有时间把话说完
    print("守护进程的 exitcode：", p.exitcode)
