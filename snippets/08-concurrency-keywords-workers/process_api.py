"""Process 的常用参数、属性和方法：从创建、启动、运行到结束，各个时刻它们的值。"""
import os
import time
from multiprocessing import Process


def greet(greeting, name="世界"):
    print(f"{greeting}，{name}！（在子进程里：{os.getpid() != PARENT}）")


class Sleeper(Process):
    """继承 Process 时，把要做的事写在 run() 里。"""

    def run(self):
        time.sleep(5)  # 睡得很久，等着被 terminate() / kill()


PARENT = os.getpid()

if __name__ == "__main__":
    # 参数都用关键字传；args 是元组，只有一个元素时别忘了逗号
    p = Process(target=greet, args=("你好",), kwargs={"name": "Python"}, name="greeter")
    print(f"start 前：name={p.name} daemon={p.daemon} pid={p.pid} exitcode={p.exitcode} is_alive={p.is_alive()}")
    p.start()
    p.join()
    print(f"join 后：exitcode={p.exitcode} is_alive={p.is_alive()} pid 是整数：{isinstance(p.pid, int)}")
    p.close()  # 3.7+：释放 Process 对象占用的资源
    try:
        p.pid
    except ValueError as error:
        print(f"close() 之后再用它：{type(error).__name__}: {error}")

    for stop in ("terminate", "kill"):
        s = Sleeper()
        s.start()
        print(f"{s.name} 运行中：is_alive={s.is_alive()} exitcode={s.exitcode}")
        getattr(s, stop)()  # terminate() 发 SIGTERM，kill() 发 SIGKILL（Unix）
        s.join()
        print(f"{stop}() 之后：exitcode={s.exitcode}（-N 表示被信号 N 结束）")

    q = Process(target=greet, args=("直接调用 run()",))
    q.run()  # 只是在当前进程里调用 target，不创建新进程
    try:
        q.join()
    except AssertionError as error:
        print(f"没有 start() 就 join()：{type(error).__name__}: {error}")
