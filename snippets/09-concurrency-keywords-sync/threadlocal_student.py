"""threading.local()：一个全局对象，每个线程在它上面读写的属性都只属于自己。"""
import threading

local = threading.local()  # 全局的 ThreadLocal 对象
both_bound = threading.Barrier(2)  # 两个线程都绑定了 student 之后再往下走
a_done = threading.Event()  # A 先打印，B 后打印，让输出顺序固定


def process_student():
    # 不用传参：从 local 上取出“当前线程”绑定的 student
    print(f"local.student: {local.student}, current_thread: {threading.current_thread().name}")


def process_thread(stu_name):
    local.student = stu_name  # 绑定到当前线程
    both_bound.wait()  # 此刻两个线程都已经写过 local.student，却互不覆盖
    if stu_name == "Bob":
        a_done.wait()
    process_student()
    a_done.set()


t1 = threading.Thread(target=process_thread, args=("Alice",), name="Thread-A")
t2 = threading.Thread(target=process_thread, args=("Bob",), name="Thread-B")
t1.start()
t2.start()
t1.join()
t2.join()
print("主线程里有 local.student 吗？", hasattr(local, "student"))
