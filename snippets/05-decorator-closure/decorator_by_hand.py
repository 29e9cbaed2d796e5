"""装饰器的本质：接收一个函数、返回一个替代函数的闭包。先不用 @，手工调用。"""


def outer(some_func):
    def inner():
        print("before some_func")
        ret = some_func()  # ① 调用被装饰的函数
        return ret + 1

    return inner


def foo():
    return 1


decorated = outer(foo)  # ② decorated 是 foo 的“装饰版”
print(decorated())
print("原来的 foo() =", foo())

foo = outer(foo)  # 用装饰版替换掉名字 foo
print(foo())
print("foo 现在是：", foo.__qualname__)
