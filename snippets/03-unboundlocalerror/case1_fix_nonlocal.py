"""经典案例 1 的修正：用 nonlocal 声明要改写的是外层函数的变量。"""


def outer_func():
    loc_var = "local variable"

    def inner_func():
        nonlocal loc_var  # loc_var 指 outer_func 里的那个变量
        loc_var += " in inner func"
        return loc_var

    return inner_func


clo_func = outer_func()
print(clo_func())
print(clo_func())  # 外层变量被改写后保留了下来，再调用一次会继续追加
