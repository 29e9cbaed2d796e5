"""用 partial 写一个既可写成 @repeat、又可写成 @repeat(times=3) 的装饰器。"""
import functools


def repeat(func=None, *, times=2):
    if func is None:          # 写成 @repeat(times=3) 时，先收到参数
        return functools.partial(repeat, times=times)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return [func(*args, **kwargs) for _ in range(times)]
    return wrapper


@repeat
def ping():
    return "ping"


@repeat(times=3)
def pong():
    return "pong"


print(ping())
print(pong())
