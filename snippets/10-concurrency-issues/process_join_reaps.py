"""multiprocessing 里回收子进程靠 join()：用 fork 启动方式时，join 之前，退出了的子进程是僵尸。"""
import multiprocessing
import time


def state(pid):
    """Linux：读 /proc/<pid>/stat 的第 3 个字段；进程表里已没有它时返回 None。"""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return None


def quick_job():
    pass  # 立刻结束


if __name__ == "__main__":
    p = multiprocessing.get_context("fork").Process(target=quick_job)  # 子进程由主进程直接 fork
    p.start()
    deadline = time.monotonic() + 5
    while state(p.pid) != "Z" and time.monotonic() < deadline:
        time.sleep(0.01)
    print(f"join 之前：子进程状态 {state(p.pid)}")
    p.join()
    print(f"join 之后：进程表里还有它吗：{state(p.pid) is not None}，exitcode = {p.exitcode}")
