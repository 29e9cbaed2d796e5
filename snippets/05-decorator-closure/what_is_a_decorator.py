"""装饰器是任何“接收函数、返回替代品”的可调用对象；闭包只是最常见的写法。"""
import functools

# 1. 标准库里的装饰器：property 是一个类，functools.cache 返回的是 C 实现的包装对象
print(f"{type(property) = }")


class Square:
    def __init__(self, side):
        self.side = side

    @property            # 等于 area = property(area)：名字绑定到一个 property 实例
    def area(self):
        return self.side * self.side


print(f"{type(Square.__dict__['area']) = }, {Square(3).area = }")


@functools.cache
def cube(n):
    return n ** 3


print(f"{type(cube) = }")
print(f"{hasattr(cube, '__closure__') = }")   # 不是函数，也就谈不上闭包


# 2. 用类写的装饰器：被装饰后，名字指向这个类的实例
class Trace:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __call__(self, *args):
        print(f"调用 {self.func.__name__}{args}")
        return self.func(*args)


@Trace
def add(a, b):
    return a + b


print(add(1, 2), type(add).__name__)

# 3. 不包装、原样返回函数的装饰器：只做登记，也没有闭包
handlers = {}


def register(func):
    handlers[func.__name__] = func
    return func


@register
def ping():
    return "pong"


print(list(handlers), handlers["ping"] is ping, ping.__closure__)


# 4. 最常见的写法：闭包
def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print(f"调用 {func.__name__}{args}")
        return func(*args)
    return wrapper


@logged
def mul(a, b):
    return a * b


print(mul(3, 4), mul.__code__.co_freevars)
