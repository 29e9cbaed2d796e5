"""创建生成器的两种方式：生成器表达式，含 yield 的函数。"""
import inspect
import types
from collections.abc import Generator

# 方式一：生成器表达式，写法像列表推导式，但用圆括号
squares = (x * x for x in range(10))
print(f"{isinstance(squares, Generator) = }")
print(f"{type(squares) is types.GeneratorType = }")


# 方式二：函数体里出现 yield，这个函数就是生成器函数
def mygen(n):
    print("  [函数体开始执行]")
    now = 0
    while now < n:
        yield now
        now += 1


print(f"{inspect.isgeneratorfunction(mygen) = }")
gen = mygen(3)                 # 这里什么也不打印：只是创建了生成器对象
print(f"{isinstance(gen, Generator) = }")
print("第一次 next():")
print(next(gen))
print("剩下的:", list(gen))
