"""send() 的值只有 yield from 能送到子生成器，for 循环转手做不到。"""


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is not None:
            total += value


def relay_for():
    for x in accumulator():       # send 的值落在外层的 yield 上，被丢掉
        yield x


def relay_yield_from():
    yield from accumulator()      # send 的值原样送给 accumulator


for relay in (relay_for, relay_yield_from):
    g = relay()
    next(g)                       # 先启动到第一个 yield
    print(relay.__name__, [g.send(v) for v in (5, 10, 20)])


# yield from 后面也可以是普通迭代器，但它没有 send 方法
def relay_list():
    yield from iter([1, 2, 3])


g = relay_list()
next(g)
try:
    g.send("hi")
except AttributeError as exc:
    print("AttributeError:", exc)
