"""每调用一次外层函数，就生成一个新的内层函数，各自记着自己的 x。"""


def outer(x):
    def inner():
        print(x)

    return inner


print1 = outer(1)
print2 = outer(2)
print1()
print2()
print(f"{print1 is print2 = }")
print(f"{print1.__closure__[0].cell_contents = }")
print(f"{print2.__closure__[0].cell_contents = }")
