"""Process 的常用参数、属性和方法：从创建、启动、运行到结束，各个时刻它们的值。"""
import time
from multiprocessing import Process, current_process, parent_process


def greet(greeting, name="世界"):
    # parent_process() 在子进程里返回父进程，在主进程里返回 None；三种启动方式下都成立
    print(f"{greeting}，{name}！（在子进程里：{parent_process() is not None}）")


def show_args(*args):
    print(f"show_args 收到 {len(args)} 个参数：{args}")


class Sleeper(Process):
    """继承 Process 时，把要做的事写在 run() 里。"""

    def run(self):
        time.sleep(5)  # 睡得很久，等着被 terminate() / kill()


if __name__ == "__main__":
    # 参数都用关键字传；args 是元组，只有一个元素时别忘了逗号
    p = Process(target=greet, args=("你好",), kwargs={"name": "Python"}, name="greeter")
    print(f"start 前：name={p.name} daemon={p.daemon} pid={p.pid} exitcode={p.exitcode} is_alive={p.is_alive()}")
    print(f"authkey：{len(p.authkey)} 字节，和主进程的相同：{p.authkey == current_process().authkey}")
    p.start()
    p.join()
    print(f"join 后：exitcode={p.exitcode} is_alive={p.is_alive()} pid 是整数：{isinstance(p.pid, int)}")
    p.close()  # 释放 Process 对象占用的资源
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

    # args 少了逗号：(1) 就是整数 1，构造函数当场报错
    try:
        Process(target=show_args, args=(1))
    except TypeError as error:
        print(f"args=(1)：{type(error).__name__}: {error}")
    # ("egon") 就是字符串 "egon"：字符串可以迭代，不报错，目标函数却收到了四个参数
    r = Process(target=show_args, args=("egon"))
    r.start()
    r.join()
