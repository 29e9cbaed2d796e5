"""LoggerMixin 里的 super() 指向谁，取决于实例所属类的 MRO，而不是 LoggerMixin 自己的父类。"""

from pathlib import Path


class Displayer:
    def display(self, message):
        print("Displayer:", message)


class Shouter:
    def display(self, message):
        print("Shouter:", message.upper() + "!")


class LoggerMixin:
    def log(self, message, filename="logfile.txt"):
        with open(filename, "a", encoding="utf-8") as fh:
            fh.write(message + "\n")

    def display(self, message):
        super().display(message)
        self.log(message)


class LoggedDisplayer(LoggerMixin, Displayer):
    pass


class LoggedShouter(LoggerMixin, Shouter):
    pass


class WrongOrder(Displayer, LoggerMixin):
    pass


Path("logfile.txt").unlink(missing_ok=True)

print("1) 同一个 Mixin，super() 接上不同的兄弟类：")
LoggedDisplayer().display("one")
LoggedShouter().display("two")

print("2) Mixin 写在右边，日志被跳过：")
WrongOrder().display("three")
print("   MRO：", [c.__name__ for c in WrongOrder.__mro__])

print("3) 单独使用 LoggerMixin：")
try:
    LoggerMixin().display("four")
except AttributeError as exc:
    print("   AttributeError:", exc)

print("logfile.txt 的内容：", Path("logfile.txt").read_text(encoding="utf-8").split())
