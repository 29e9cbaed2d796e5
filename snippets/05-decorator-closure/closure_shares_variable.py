"""闭包记住的是变量（cell），不是定义那一刻的值；同一次调用产生的闭包共享 cell。"""


def outer():
    x = 1

    def get():
        return x

    def set_(value):
        nonlocal x
        x = value

    x = 2  # 在 get、set_ 定义之后才改
    return get, set_


get, set_ = outer()
print("get() =", get())  # 读到的是 x 现在的值 2，而不是定义 get 时的 1
set_(99)
print("set_(99) 之后 get() =", get())
print("outer 的 cell 变量：", outer.__code__.co_cellvars)
print(f"{get.__closure__[0] is set_.__closure__[0] = }")
