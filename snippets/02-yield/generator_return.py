"""生成器的 return 值放在 StopIteration.value 里，for 循环忽略它。"""


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "发射！"


print("for 循环:", [x for x in countdown(3)])   # 看不到 return 的值

gen = countdown(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as exc:
    print("StopIteration.value =", repr(exc.value))
