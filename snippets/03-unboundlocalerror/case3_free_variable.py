"""经典案例 3：内层函数读取的外层变量（自由变量）从未被赋值，引发 NameError。"""


def outer_func(out_flag):
    if out_flag:
        loc_var1 = "local variable with flag"
    else:
        loc_var2 = "local variable without flag"

    def inner_func(in_flag):
        return loc_var1 if in_flag else loc_var2

    return inner_func


clo_func = outer_func(True)  # 只有 loc_var1 被赋了值
print(clo_func(True))
print(clo_func(False))
# snippet: exit=1
