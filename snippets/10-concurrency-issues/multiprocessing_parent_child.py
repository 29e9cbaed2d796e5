"""跨平台的写法：multiprocessing 用 current_process() / parent_process() 区分父子。"""
import multiprocessing
import os
from multiprocessing import current_process, parent_process


def show(role):
    me, parent = current_process(), parent_process()
    print(f"{role}：名字 {me.name}，父进程 {parent.name if parent else None}", flush=True)
    if parent is not None:
        same = parent.pid == os.getppid()
        print(f"{role}：parent_process().pid == os.getppid()：{same}", flush=True)


if __name__ == "__main__":
    show("主进程")
    for method in ("fork", "forkserver", "spawn"):
        ctx = multiprocessing.get_context(method)
        p = ctx.Process(target=show, args=(f"{method} 子进程",), name=f"{method}-worker")
        p.start()
        p.join()
