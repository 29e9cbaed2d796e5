"""函数体里的各种绑定操作，都会让名字成为这个函数的局部变量。"""
import contextlib
import inspect
import symtable


def demo(param):  # 形参
    import json  # import 语句
    from os import path as p  # import ... as
    def helper():  # def：函数定义
        pass
    class Point:  # class：类定义
        pass
    total = 0  # 赋值
    first, *rest = [1, 2, 3]  # 解包赋值
    total += 1  # 增强赋值
    for item in range(2):  # for 循环的目标
        pass
    try:
        int("x")
    except ValueError as err:  # except ... as
        pass
    with contextlib.nullcontext(42) as ctx:  # with ... as
        pass
    if (n := len(rest)) > 1:  # 赋值表达式（海象运算符）
        pass
    match param:
        case [head, *tail]:  # match 的捕获模式
            pass


# 用标准库 symtable 分析源码，看编译器怎样给每个名字归类
table = symtable.symtable(inspect.getsource(demo), "demo", "exec")
func = table.get_children()[0]
print("形参：", " ".join(func.get_parameters()))
print("局部变量：", " ".join(func.get_locals()))
print("要到全局、内置查找的名字：", " ".join(func.get_globals()))
