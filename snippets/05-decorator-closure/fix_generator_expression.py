"""“解药”1：把 [] 换成 ()。只有边取边调用才正确，先全部取出再调用仍然出错。"""


def multipliers():
    return (lambda x: i * x for i in range(4))


# 取出一个 lambda 就立刻调用：此时生成器刚执行到这一轮，i 正好是这一轮的值
print("边取边调用：", [m(2) for m in multipliers()])
# 先把生成器跑完再调用：i 已经停在 3，和列表推导式的结果一样
funcs = list(multipliers())
print("先取完再调用：", [m(2) for m in funcs])
