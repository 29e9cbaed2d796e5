"""用纯 Python 写一个简化版 partial，说明调用时参数是怎样拼接的。"""
import functools


def my_partial(func, /, *args, **keywords):
    def newfunc(*fargs, **fkeywords):
        # 位置参数：绑定的在前，调用时给的在后
        # 关键字参数：调用时给的覆盖绑定的
        return func(*args, *fargs, **{**keywords, **fkeywords})
    newfunc.func = func
    newfunc.args = args
    newfunc.keywords = keywords
    return newfunc


def show(a, b, c=0, *, sep="-"):
    return sep.join(map(str, (a, b, c)))


for make in (my_partial, functools.partial):
    p = make(show, 1, sep="+")
    print(make.__name__, p(2), p(2, 3), p(2, sep="/"), sep=" | ")
