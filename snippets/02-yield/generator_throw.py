"""throw() 把异常送进生成器；三参数写法 throw(type, value, tb) 从 3.12 起已弃用。"""


def worker():
    while True:
        try:
            task = yield
            print("处理", task)
        except ValueError as exc:
            print("生成器在 yield 处收到：", repr(exc))


g = worker()
next(g)
g.send("任务 1")

# 推荐：只传一个异常实例（也可以只传异常类）
g.throw(ValueError("坏数据"))

# 旧写法：类型、值、回溯三个参数。3.12 起会发出 DeprecationWarning
g.throw(ValueError, ValueError("旧写法"), None)

# 生成器没有处理的异常，会从 throw() 这一行传回调用方
try:
    g.throw(KeyError("没人处理"))
except KeyError as exc:
    print("调用方收到：", repr(exc))
