"""“完整写法”和“简洁写法”是一回事：Thread.run() 默认就是去调用 target。"""
import inspect
import textwrap
import threading

# 当前解释器里 Thread.run 的真实源码
print("---- Thread.run ----")
print(textwrap.dedent(inspect.getsource(threading.Thread.run)).rstrip())

# Thread.__init__ 里给线程起名字的那一段（3.10 起会附上 target 的名字）
init_lines = textwrap.dedent(inspect.getsource(threading.Thread.__init__)).splitlines()
start = init_lines.index("    if name:")
end = init_lines.index("    self._target = target")
print("---- Thread.__init__ 中起名字的部分 ----")
print(textwrap.dedent("\n".join(init_lines[start:end])).rstrip())
print("----")


def greet(who):
    print(f"简洁写法：{threading.current_thread().name} 调用 greet({who!r})")


class Greeter(threading.Thread):
    def __init__(self, who):
        super().__init__()
        self.who = who

    def run(self):  # 重写 run：不再去调用 target
        print(f"完整写法：{self.name} 执行自己的 run()，who = {self.who!r}")


for t in (threading.Thread(target=greet, args=("Alice",)), Greeter("Bob")):
    t.start()
    t.join()
