"""函数是普通的对象：先用条件表达式选出一个函数，再立刻调用它。"""


def add(a, b):
    return a + b


def subtract(a, b):
    return a - b


a, b = 4, 5
print((subtract if a > b else add)(a, b))  # a > b 不成立，选中 add：4 + 5

a, b = 9, 5
print((subtract if a > b else add)(a, b))  # 选中 subtract：9 - 5

# 拆成两步更好读，效果一样
operation = subtract if a > b else add
print(operation.__name__, operation(a, b))

# 通常说的“链式调用”（method chaining）是另一回事：每个方法返回一个对象，接着调用它的方法
print("  Hello World  ".strip().lower().split())
