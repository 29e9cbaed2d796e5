"""闭包的延迟绑定：四个 lambda 共享同一个 i，调用时 i 已经是 3。"""


def multipliers():
    return [lambda x: i * x for i in range(4)]


funcs = multipliers()
print([m(2) for m in funcs])
print("cell 里的值：", [m.__closure__[0].cell_contents for m in funcs])
print(f"{funcs[0].__closure__[0] is funcs[3].__closure__[0] = }")
