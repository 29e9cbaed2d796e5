"""用 *args 和 **kwargs 写一个适用于任意函数签名的通用装饰器。"""


def logger(func):
    def inner(*args, **kwargs):  # 接收任意位置参数和关键字参数
        print(f"参数：{args} {kwargs}")
        return func(*args, **kwargs)  # 原样转交给被装饰的函数

    return inner


@logger
def add(x, y=1):
    return x + y


@logger
def greet():
    return "hello"


print(add(1, 2))
print(add(5, y=10))
print(greet())
