"""解药 2：用默认参数在定义 lambda 时把当前的 i 存下来。"""


def multipliers():
    return [lambda x, j=i: j * x for i in range(4)]


funcs = multipliers()
print([m(2) for m in funcs])
print("默认值存在 __defaults__ 里：", [m.__defaults__ for m in funcs])
print("代价：调用者可以覆盖它 →", funcs[0](2, j=100))
