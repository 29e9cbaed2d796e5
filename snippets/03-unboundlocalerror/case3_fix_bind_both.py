"""经典案例 3 的修正：外层函数在每条路径上都给两个变量赋值。"""


def outer_func(out_flag):
    loc_var1 = loc_var2 = None  # 先都绑定上
    if out_flag:
        loc_var1 = "local variable with flag"
    else:
        loc_var2 = "local variable without flag"

    def inner_func(in_flag):
        return loc_var1 if in_flag else loc_var2

    return inner_func


clo_func = outer_func(True)
print(clo_func(True))
print(clo_func(False))
