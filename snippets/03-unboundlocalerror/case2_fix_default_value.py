"""经典案例 2 的修正：在分支之前先给变量一个默认值，让每条路径上它都有值。"""


def get_select_desc(name, flag, is_format=True):
    sel_res = f"Skip select name = {name}"  # 默认值
    if flag:
        sel_res = f"Do select name = {name}"
    return sel_res if is_format else name


print(get_select_desc("Ok", True, True))
print(get_select_desc("Error", False, True))
