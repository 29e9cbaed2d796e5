"""类装饰器：实例记录调用次数；要装饰方法，还得实现 __get__。"""
import functools
import types


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)  # 复制 __name__、__doc__ 等
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CountCalls
def square(n):
    """求平方。"""
    return n * n


print(square(2), square(3), square(4))
print(f"{square.calls = }, {square.__name__ = }, {square.__doc__ = }")


class Greeter:
    @CountCalls
    def hello(self):
        return "hello"


try:
    Greeter().hello()  # 实例没有 __get__，不会变成绑定方法，self 没有传进去
except TypeError as exc:
    print("TypeError:", exc)


class CountMethodCalls(CountCalls):
    def __get__(self, instance, owner=None):
        if instance is None:  # 通过类访问：返回装饰器对象本身
            return self
        return types.MethodType(self, instance)  # 通过实例访问：绑定实例


class Greeter2:
    @CountMethodCalls
    def hello(self):
        return "hello"


g = Greeter2()
print(g.hello(), g.hello())
print(f"{Greeter2.hello.calls = }")
