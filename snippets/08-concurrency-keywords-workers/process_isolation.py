"""进程之间内存隔离：子进程把全局变量 n 改成 0，主进程里的 n 仍然是 100。"""
from multiprocessing import Process

n = 100  # 放在模块顶层：用 spawn 启动的子进程重新导入本模块时也会得到它


def work():
    global n
    n = 0
    print("子进程内：", n)


if __name__ == "__main__":
    p = Process(target=work)
    p.start()
    p.join()  # 先等子进程结束再打印，输出顺序才固定
    print("主进程内：", n)
