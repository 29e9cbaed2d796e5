"""符合“绝对独立”规则的 Mixin：只提供 log() 这一项能力，不假设子类或兄弟类有什么方法。"""

from pathlib import Path


class LoggerMixin:
    """给任何类加上写日志的能力；日志文件名可以由使用者用类属性改掉。"""

    log_file = "logfile.txt"

    def log(self, message):
        with open(self.log_file, "a", encoding="utf-8") as fh:
            fh.write(f"[{type(self).__name__}] {message}\n")


class Displayer:
    def display(self, message):
        print(message)


class LoggedDisplayer(LoggerMixin, Displayer):
    log_file = "display.log"

    def display(self, message):
        super().display(message)  # 这里的 super() 写在子类里，子类当然知道自己的父类有 display
        self.log(message)


class Counter(LoggerMixin):
    """与显示毫无关系的类，也能直接混入同一个 Mixin。"""

    def __init__(self):
        self.value = 0

    def increment(self):
        self.value += 1
        self.log(f"value = {self.value}")


for name in ("display.log", "logfile.txt"):
    Path(name).unlink(missing_ok=True)

LoggedDisplayer().display("你好")
counter = Counter()
counter.increment()
counter.increment()
Displayer().display("不混入 LoggerMixin 的 Displayer 照常工作，只是不记日志")

for name in ("display.log", "logfile.txt"):
    print(f"--- {name} ---")
    print(Path(name).read_text(encoding="utf-8"), end="")
