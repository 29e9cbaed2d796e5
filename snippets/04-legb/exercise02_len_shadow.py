"""练习 2：局部的 len 遮住内置的 len，再加上 global 与 nonlocal 声明。"""
a = "global"


def outer():

    def len(in_var):
        print("called my len() function: ", end="")
        l = 0
        for i in in_var:
            l += 1
        return l

    a = "local"

    def inner():
        global len
        nonlocal a
        a += " variable"

    inner()
    print("a is", a)
    print(len(a))


outer()

print(len(a))
print("a is", a)
