"""练习 1：nonlocal 让内层函数改写外层函数的变量，全局变量不受影响。"""
a_var = "global value"


def outer():
    a_var = "local value"  # outer 的局部变量
    print("outer before:", a_var)  # ① 输出第 1 行

    def inner():
        nonlocal a_var  # ② a_var 指 outer 的那个变量
        a_var = "inner value"  # ③ 改写的是 outer 的 a_var
        print("in inner():", a_var)  # 输出第 2 行

    inner()
    print("outer after:", a_var)  # ④ 输出第 3 行：outer 的 a_var 已被改写


outer()
print("global:", a_var)  # ⑤ 全局的 a_var 从未被碰过
