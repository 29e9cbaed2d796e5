"""经典案例 2：局部变量只在 if 分支里赋值，分支没执行时读取它就出错。"""


def get_select_desc(name, flag, is_format=True):
    if flag:
        sel_res = "Do select name = %s" % name
    return sel_res if is_format else name


print(get_select_desc("Ok", True, True))
print(get_select_desc("Error", False, False))  # 没读 sel_res，不出错
print(get_select_desc("Error", False, True))
# snippet: exit=1
