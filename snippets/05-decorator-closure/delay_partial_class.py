"""用类和 functools.partial 实现装饰器：被装饰的函数变成 DelayFunc 的实例。"""
import functools
import time


class DelayFunc:
    def __init__(self, duration, func):
        self.duration = duration
        self.func = func

    def __call__(self, *args, **kwargs):  # 实例可以像函数一样调用
        print(f"Wait for {self.duration} seconds...")
        time.sleep(self.duration)
        return self.func(*args, **kwargs)

    def eager_call(self, *args, **kwargs):
        print("Call without delay")
        return self.func(*args, **kwargs)


def delay(duration):
    """装饰器：推迟函数的执行，同时提供 .eager_call 方法立即执行。"""
    # partial 先固定 duration，得到的对象再接收 func，就构造出 DelayFunc 实例
    return functools.partial(DelayFunc, duration)


@delay(duration=0.2)
def add(a, b):
    return a + b


print("add 的类型：", type(add).__name__)  # add 已经是 DelayFunc 的实例
print("delay(0.2) 的类型：", type(delay(0.2)).__name__)
print(add(3, 5))  # 调用实例，进入 __call__
print(add.eager_call(3, 5))  # 调用实例的普通方法
print("add.func 是原来的函数：", add.func.__name__)  # 实例属性 func
