"""“解药”4：生成器函数。和解药 1 一样，只有边取边调用时才正确。"""


def multipliers_yield():
    for m in range(4):
        yield lambda x: m * x


print("边取边调用：", [f(2) for f in multipliers_yield()])
funcs = list(multipliers_yield())
print("先取完再调用：", [f(2) for f in funcs])
