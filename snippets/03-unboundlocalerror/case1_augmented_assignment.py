"""经典案例 1：闭包里对外层变量做增强赋值，引发 UnboundLocalError。"""


def outer_func():
    loc_var = "local variable"

    def inner_func():
        loc_var += " in inner func"  # 赋值让 loc_var 成了 inner_func 的局部变量
        return loc_var

    return inner_func


clo_func = outer_func()
clo_func()
# snippet: exit=1
