"""functools.cache 与 lru_cache：命中统计、容量上限、清空，以及不可哈希的参数。"""
import functools


@functools.cache                  # 等于 lru_cache(maxsize=None)：不限容量
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()                 # 清空缓存和统计
print(fib.cache_info())

calls = []


@functools.lru_cache(maxsize=2)   # 最多记住 2 个结果，满了就淘汰最久没用的
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    slow_square(n)
print("真正执行的调用：", calls)
print(slow_square.cache_info())

# 参数要当作字典的键：不可哈希的参数直接报错
try:
    slow_square([1, 2])
except TypeError as exc:
    print("TypeError:", exc)

# 关键字参数的写法不同，就是不同的键
slow_square.cache_clear()
slow_square(4)
slow_square(n=4)
print(slow_square.cache_info())
