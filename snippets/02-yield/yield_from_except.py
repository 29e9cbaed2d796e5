"""子生成器没处理的异常，在委托生成器的 yield from 处抛出，可以在那里捕获。"""


def reader():
    yield "第 1 行"
    yield "第 2 行"
    raise ValueError("文件损坏")


def safe_reader():
    try:
        yield from reader()
    except ValueError as exc:
        print(f"  委托生成器捕获到: {exc!r}")
        yield "（后面的内容无法读取）"


for line in safe_reader():
    print(line)
