"""猜输出：每次调用 flatten(items) 都得到一个从头开始的新生成器。"""
from collections.abc import Iterable


def flatten(items, ignore_types=(str, bytes)):
    """把任意层嵌套的可迭代对象摊平；字符串和字节串当作一个整体。"""
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, ignore_types):
            yield from flatten(x, ignore_types)
        else:
            yield x


items = [0, [1, [2, 3]], "ab", (4, 5)]

print("第一段：每次都写 next(flatten(items))")
print(next(flatten(items)), next(flatten(items)),
      next(flatten(items)), next(flatten(items)))

print("第二段：tmp = flatten(items)，然后 next(tmp)")
tmp = flatten(items)
print(next(tmp), next(tmp), next(tmp), next(tmp))

print("剩下的:", list(tmp))
print("完整结果:", list(flatten(items)))
