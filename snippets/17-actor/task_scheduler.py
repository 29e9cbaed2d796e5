"""用生成器当“任务”：调度器轮流推进每个任务，到下一个 yield 为止（《Python Cookbook》12.12）。"""
from collections import deque


def countdown(n):
    while n > 0:
        print(f"T-minus {n}")
        yield          # 让出控制权，等调度器下次再推进
        n -= 1
    print("Blastoff!")


def countup(n):
    x = 0
    while x < n:
        print(f"Counting up {x}")
        yield
        x += 1


class TaskScheduler:
    def __init__(self):
        self._task_queue = deque()

    def new_task(self, task):
        """接收一个新创建的任务（生成器对象）。"""
        self._task_queue.append(task)

    def run(self):
        """一直运行，直到所有任务都结束。"""
        while self._task_queue:
            task = self._task_queue.popleft()
            try:
                next(task)                     # 运行到下一个 yield
                self._task_queue.append(task)  # 还没完，排到队尾
            except StopIteration:
                pass                           # 生成器结束，任务完成


sched = TaskScheduler()
sched.new_task(countdown(4))
sched.new_task(countdown(2))
sched.new_task(countup(5))
sched.run()
