"""跨平台的写法：multiprocessing 用 current_process() / parent_process() 区分父子。"""
import os
from multiprocessing import Process, current_process, parent_process


def show(role):
    me, parent = current_process(), parent_process()
    print(f"{role}：名字 {me.name}，父进程 {parent.name if parent else None}")
    if parent is not None:
        print(f"{role}：parent_process().pid == os.getppid()：{parent.pid == os.getppid()}")


if __name__ == "__main__":
    show("主进程")
    p = Process(target=show, args=("子进程",), name="worker-1")
    p.start()
    p.join()
    print(f"主进程：子进程的 pid 与自己不同：{p.pid != os.getpid()}")
