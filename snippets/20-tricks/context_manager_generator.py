"""用 contextlib.contextmanager 写上下文管理器：yield 之前是“进入”，finally 里是“退出”。"""

import contextlib
from pathlib import Path


@contextlib.contextmanager
def open_func(file_name):
    print("open file:", file_name, "（相当于 __enter__）")
    file_handler = open(file_name, encoding="utf-8")
    try:
        yield file_handler  # with 语句体在这里运行；体内的异常会在这一行重新抛出
    except Exception as exc:
        print("捕获到 with 体内的异常：", repr(exc), "——没有重新抛出，异常被吞掉了")
    finally:
        print("close file:", file_name, "（相当于 __exit__）")
        file_handler.close()


Path("mytest.txt").write_text("第一行\n第二行\n", encoding="utf-8")

with open_func("mytest.txt") as file_in:
    for line in file_in:
        1 / 0
        print(line)  # 永远到不了这里

print("with 之后的代码照常执行：异常没有传到外面")
print("文件已关闭：", file_in.closed)
