"""functools.wraps：把被装饰函数的名字、文档、签名等元数据复制到替代函数上。"""
import functools
import inspect
import pickle


def plain(func):
    def inner(*args, **kwargs):
        return func(*args, **kwargs)

    return inner


def wrapped(func):
    @functools.wraps(func)  # 把 func 的 __name__、__doc__ 等复制给 inner
    def inner(*args, **kwargs):
        return func(*args, **kwargs)

    return inner


@plain
def area(width: float, height: float = 1.0) -> float:
    """计算矩形面积。"""
    return width * height


@wrapped
def volume(width: float, height: float, depth: float = 1.0) -> float:
    """计算长方体体积。"""
    return width * height * depth


for func in (area, volume):
    print(f"—— {func.__qualname__} ——")
    print("  __name__    :", func.__name__)
    print("  __doc__     :", func.__doc__)
    print("  signature   :", inspect.signature(func))
    print("  __wrapped__ :", hasattr(func, "__wrapped__"))
    try:
        pickle.dumps(func)  # pickle 按“模块 + 限定名”找回函数
        print("  pickle      : 成功")
    except Exception as exc:
        print(f"  pickle      : 失败，{type(exc).__name__}: {exc}")

print("调用原函数：", volume.__wrapped__(2, 3, 4))
