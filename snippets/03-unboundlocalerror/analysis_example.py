"""分析案例：模块、外层函数、内层函数和类，各自绑定了哪些名字。"""
import sys  # sys、a、i 都在模块级绑定：全局变量

a = 1
for i in range(10):
    pass


def outer_func(g=3):  # g 是 outer_func 的局部变量
    loc_var = "local variable"

    def inner_func():  # inner_func 也是 outer_func 的局部变量
        print(a)  # 各层函数都没绑定 a：找到全局的 a
        print(g)  # ② 本函数没绑定 g：找到 outer_func 的 g

        try:
            int("0.2")
        except ValueError as e:  # e 是 inner_func 的局部变量
            print(e)

        loc_var += " in inner func"  # ① 这里的赋值使 loc_var 成为局部变量 ③
        return loc_var

    return inner_func


clo_func = outer_func()
clo_func()


class clss:  # 上一行已经抛出异常，执行不到这里
    def add(self):
        pass
# snippet: exit=1
