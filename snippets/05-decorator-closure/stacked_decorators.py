"""叠加多个装饰器：离 def 最近的先装饰，调用时最外层的先执行。"""
import functools


def tag(name):
    def decorator(func):
        print(f"用 {name} 装饰 {func.__name__}")

        @functools.wraps(func)
        def inner(*args, **kwargs):
            print(f"进入 {name}")
            result = func(*args, **kwargs)
            print(f"离开 {name}")
            return result

        return inner

    return decorator


@tag("外层 A")
@tag("内层 B")  # 等价于 hello = tag("外层 A")(tag("内层 B")(hello))
def hello():
    print("执行 hello")


print("——")
hello()
