"""不写 if-elif：用字典把运算符映射到 operator 模块里的函数，查表后直接调用。"""

import operator

action = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "//": operator.floordiv,
    "%": operator.mod,
    "**": operator.pow,  # 也可以用内置的 pow，效果相同
}

print(action["-"](50, 25))
for op in action:
    print(f"50 {op} 25 = {action[op](50, 25)}")


def calculate(x, op, y):
    try:
        func = action[op]
    except KeyError:
        return f"不支持的运算符 {op!r}"
    return func(x, y)


print(calculate(7, "**", 2))
print(calculate(7, "@", 2))
