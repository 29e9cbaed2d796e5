"""父进程正常退出时，multiprocessing 会等非守护子进程结束，并终止守护子进程：这是父进程做的，不是操作系统。"""
import atexit


def report():
    print(f"退出处理之后：守护子进程还活着吗？{daemon.is_alive()}")
    print(f"退出处理之后：守护子进程的退出码 {daemon.exitcode}（-15 即被 SIGTERM 终止）")
    print(f"退出处理之后：非守护子进程的退出码 {worker.exitcode}")


if __name__ == "__main__":
    atexit.register(report)  # 先注册的后执行：它会排在 multiprocessing 的退出处理之后

# 导入时 multiprocessing 注册了自己的退出处理函数
import multiprocessing as mp  # noqa: E402
import time  # noqa: E402


def forever():
    while True:
        time.sleep(0.05)


def finish_after(started, go):
    started.set()
    go.wait()
    print("非守护子进程：主程序已经执行完了，我才打印，父进程在等我")


if __name__ == "__main__":
    started, go = mp.Event(), mp.Event()
    daemon = mp.Process(target=forever, daemon=True)
    worker = mp.Process(target=finish_after, args=(started, go))
    daemon.start()
    worker.start()
    started.wait()  # 确认子进程已经跑起来（spawn 方式下尤其要等它收到参数）
    print("主程序最后一行")
    go.set()
