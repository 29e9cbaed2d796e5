"""调用链很深时：用全局字典按线程查找对象，与用 threading.local 的对比。"""
import threading


class Student:
    def __init__(self, name):
        self.name = name


# 写法一：全局字典，以当前线程为键
global_dict = {}


def std_thread_dict(name):
    global_dict[threading.current_thread()] = Student(name)
    do_task_1_dict()


def do_task_1_dict():
    do_task_2_dict()


def do_task_2_dict():
    std = global_dict[threading.current_thread()]  # 不传参数，按当前线程查
    print(f"[dict ] {threading.current_thread().name}: {std.name}")


# 写法二：threading.local，省掉“以线程为键”的手工查找
local = threading.local()


def std_thread_local(name):
    local.student = Student(name)
    do_task_1_local()


def do_task_1_local():
    do_task_2_local()


def do_task_2_local():
    print(f"[local] {threading.current_thread().name}: {local.student.name}")


for target in (std_thread_dict, std_thread_local):
    for name in ("Alice", "Bob"):
        t = threading.Thread(target=target, args=(name,), name=f"{name}-thread")
        t.start()
        t.join()

# 线程都结束了，全局字典却还抓着它们的线程对象和数据，只能自己清理
print(f"global_dict 里还剩 {len(global_dict)} 项：{sorted(t.name for t in global_dict)}")
