"""带参数的装饰器：say_hello(country) 先返回一个装饰器，再由它装饰函数。"""
import functools


def say_hello(country):  # 第 1 层：接收装饰器的参数
    def wrapper(func):  # 第 2 层：真正的装饰器，接收函数
        @functools.wraps(func)
        def deco(*args, **kwargs):  # 第 3 层：替代函数，接收调用参数
            if country == "china":
                print("你好!")
            elif country == "america":
                print("hello.")
            else:
                return None  # 不认识的国家：连函数本身都不执行
            return func(*args, **kwargs)  # 真正执行函数的地方，并把返回值传回去

        return deco

    return wrapper


@say_hello("china")  # 小明，中国人
def xiaoming():
    pass


@say_hello("america")  # jack，美国人
def jack():
    pass


xiaoming()
print("------------")
jack()

def lily():
    return "lily 的返回值"


# 不用 @ 时的写法：先调用 say_hello("china") 得到装饰器，再用它装饰函数
lily = say_hello("china")(lily)
print(lily())
