"""最稳妥的解药：用一个工厂函数，每次调用都新建一个作用域和一个新的 cell。"""


def make_multiplier(i):
    return lambda x: i * x  # 这里的 i 是 make_multiplier 这一次调用的形参


def multipliers():
    return [make_multiplier(i) for i in range(4)]


funcs = multipliers()
print([m(2) for m in funcs])
print("各自的 cell：", [m.__closure__[0].cell_contents for m in funcs])
