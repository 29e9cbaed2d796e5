"""解药 3：用 functools.partial 在创建时把当前的 i 固定为第一个参数。"""
from functools import partial


def multipliers_partial():
    return [partial(lambda m, x: m * x, i) for i in range(4)]


funcs = multipliers_partial()
print([m(2) for m in funcs])
print("partial 存下的参数：", [m.args for m in funcs])
