"""threading.local：同一个全局对象，每个线程读写的是自己那一份属性。"""
import threading

local_school = threading.local()  # 全局只有这一个对象
both_bound = threading.Barrier(2)
results = {}


def process_student():
    # 不需要参数：从 local_school 里取“当前线程”的学生
    return f"Hello, {local_school.student} (in {threading.current_thread().name})"


def process_thread(name):
    local_school.student = name  # 绑定到当前线程
    both_bound.wait()            # 等两个线程都赋值完，再去读，看会不会互相覆盖
    results[name] = process_student()


threads = [
    threading.Thread(target=process_thread, args=("Alice",), name="Thread-A"),
    threading.Thread(target=process_thread, args=("Bob",), name="Thread-B"),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

for name in sorted(results):
    print(results[name])
print(f"主线程里有 student 属性吗？{hasattr(local_school, 'student')}")
