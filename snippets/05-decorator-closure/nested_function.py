"""嵌套函数：内层函数可以读取外层函数的局部变量。"""


def outer():
    x = 1

    def inner():
        print(x)  # ① inner 里没有 x，向外层函数 outer 查找

    inner()  # ② inner 也只是 outer 的一个局部变量，按同样的规则找到它


outer()
