"""用 ParamSpec 给装饰器标注类型：包装函数保留原函数的参数和返回值类型。"""
import functools
import inspect
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"调用 {func.__name__}，参数 {args} {kwargs}")
        return func(*args, **kwargs)
    return wrapper


@logged
def repeat(text: str, times: int = 2) -> str:
    return text * times


print(repeat("ab", times=3))
print("签名：", inspect.signature(repeat))
print("标注：", repeat.__annotations__)   # 运行时 ParamSpec 不做任何检查，检查由类型检查器完成
