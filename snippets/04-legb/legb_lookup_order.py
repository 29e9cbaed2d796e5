"""LEGB：读取一个名字时，依次在局部、外层函数、全局、内置作用域里查找。"""
c = "G：全局变量"


def outer():
    b = "E：外层函数的变量"

    def inner():
        a = "L：局部变量"
        print(a)
        print(b)  # inner 里没有 b，向外层函数找
        print(c)  # 外层函数也没有 c，到模块（全局）找
        print(len)  # 全局也没有 len，最后到内置作用域找

    inner()


outer()

x = "G"


def outer2():
    x = "E"

    def inner():
        print("inner 看到的 x：", x)  # 外层函数比全局近，E 胜出

    inner()


outer2()


def count():
    return len("abc")


print(count())


def len(obj):  # 在全局定义一个 len，遮住内置的 len
    return "全局的 len"


print(count())  # 全局名字在调用时才查找，所以立刻生效
del len  # 删掉全局的 len，内置的 len 重新可见
print(count())
