"""LoggerMixin 与 Displayer：一次 display() 调用既打印消息，又把它写进日志文件。"""

from pathlib import Path


class Displayer:
    def display(self, message):
        print(message)


class LoggerMixin:
    def log(self, message, filename="logfile.txt"):
        with open(filename, "a", encoding="utf-8") as fh:
            fh.write(message + "\n")

    def display(self, message):
        super().display(message)
        self.log(message)


class MySubClass(LoggerMixin, Displayer):
    def log(self, message):
        super().log(message, filename="subclasslog.txt")


# 日志以追加方式写在当前工作目录里；先删掉上次运行留下的文件，让每次输出都一样
Path("subclasslog.txt").unlink(missing_ok=True)

subclass = MySubClass()
subclass.display("This string will be shown and logged in subclasslog.txt")
subclass.display("第二条消息")

print("--- subclasslog.txt 的内容 ---")
print(Path("subclasslog.txt").read_text(encoding="utf-8"), end="")
print("--- 结束 ---")
print("是否生成了 logfile.txt：", Path("logfile.txt").exists())
print("MySubClass.__mro__ =")
for cls in MySubClass.__mro__:
    print("   ", cls)
