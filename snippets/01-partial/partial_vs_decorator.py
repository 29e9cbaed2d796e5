"""partial 与装饰器：谁重新绑定名字、谁增加行为、原函数还在不在。"""
import functools


def greet(greeting, name):
    """向某人问好。"""
    return f"{greeting}，{name}！"


original = greet

# partial：新建一个可调用对象，原来的名字 greet 不受影响
say_hello = functools.partial(greet, "你好")
print(say_hello("小明"))
print("say_hello.func is greet:", say_hello.func is greet)
print("greet 还是原函数:", greet is original)


# 装饰器：@logged 等于 greet = logged(greet)，greet 改指向包装函数
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"[调用 {func.__name__}{args}]")
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(greeting, name):
    """向某人问好。"""
    return f"{greeting}，{name}！"


print(greet("早上好", "小红"))
print("greet 还是原函数:", greet is original)
print("greet.__name__:", greet.__name__, "| __doc__:", greet.__doc__)
print("被包装的函数仍可取到:", greet.__wrapped__("晚上好", "小刚"))

# say_hello 存的是当初的函数对象，不是名字 greet：不受装饰影响，没有日志
print(say_hello("小李"))
