"""给 LoggerMixin 例子的每个方法加上打印，按顺序看清 subclass.display() 触发的每一步。"""

from pathlib import Path


def next_after(cls, obj):
    """super() 在 cls 的方法里查找的起点：type(obj).__mro__ 中排在 cls 后面的那个类。"""
    mro = type(obj).__mro__
    return mro[mro.index(cls) + 1].__name__


class Displayer:
    def display(self, message):
        print(f"③ Displayer.display 打印：{message}")


class LoggerMixin:
    def log(self, message, filename="logfile.txt"):
        print(f"⑥ LoggerMixin.log 写入 {filename}")
        with open(filename, "a", encoding="utf-8") as fh:
            fh.write(message + "\n")

    def display(self, message):
        print("① 按 MRO 找 display，找到 LoggerMixin.display")
        print(f"② super().display()：LoggerMixin 之后是 {next_after(LoggerMixin, self)}")
        super().display(message)
        print(f"④ self.log()：self 是 {type(self).__name__}，找到 {type(self).__name__}.log")
        self.log(message)


class MySubClass(LoggerMixin, Displayer):
    def log(self, message):
        print(f"⑤ super().log()：MySubClass 之后是 {next_after(MySubClass, self)}")
        super().log(message, filename="subclasslog.txt")


Path("subclasslog.txt").unlink(missing_ok=True)
print("MRO：", " → ".join(cls.__name__ for cls in MySubClass.__mro__))
MySubClass().display("hello")
print("subclasslog.txt 的内容：", Path("subclasslog.txt").read_text(encoding="utf-8"), end="")
