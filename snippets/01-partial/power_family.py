"""把 power(x, n) 看作“函数家族”，用 partial 取出成员；对比 lambda。"""
from functools import partial


def power(x, n):
    return x ** n


square = partial(power, n=2)
cube = partial(power, n=3)
fourth = partial(power, n=4)
print([f(3) for f in (square, cube, fourth)])

# 在循环里批量生成：partial 在创建时就把 n 的“当前值”存了起来
by_partial = [partial(power, n=n) for n in (2, 3, 4)]
print("partial:", [f(3) for f in by_partial])

# lambda 只记住变量 n 本身，调用时才去取值，此时 n 已经是 4
by_lambda = [lambda x: power(x, n) for n in (2, 3, 4)]
print("lambda: ", [f(3) for f in by_lambda])
