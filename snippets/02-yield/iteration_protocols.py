"""可迭代对象、迭代器、生成器：各自要实现什么，用 collections.abc 检查。"""
from collections.abc import Generator, Iterable, Iterator


class Countdown:
    """可迭代对象：只有 __iter__，每次返回一个新的迭代器。"""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    """迭代器：__next__ 给出下一个值，__iter__ 返回自己。"""

    def __init__(self, current):
        self.current = current

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


def countdown_gen(start):
    """生成器函数：调用它得到生成器，自动具备上面的一切。"""
    while start > 0:
        yield start
        start -= 1


samples = {
    "[3, 2, 1]": [3, 2, 1],
    "Countdown(3)": Countdown(3),
    "iter(Countdown(3))": iter(Countdown(3)),
    "countdown_gen(3)": countdown_gen(3),
}
print(f"{'对象':<20}{'Iterable':<10}{'Iterator':<10}{'Generator':<10}list()")
for label, obj in samples.items():
    flags = [isinstance(obj, abc) for abc in (Iterable, Iterator, Generator)]
    cells = "".join(f"{str(f):<10}" for f in flags)
    print(f"{label:<22}{cells}{list(obj)}")

gen = countdown_gen(3)
print("iter(gen) is gen:", iter(gen) is gen)
extra = [m for m in ("send", "throw", "close") if hasattr(gen, m)]
print("生成器额外的方法:", extra)
print("普通迭代器有 send 吗:", hasattr(iter(Countdown(3)), "send"))


class OnlyNext:
    """只有 __next__、没有 __iter__：不算迭代器，也不能放进 for。"""

    def __next__(self):
        return 1


print("只有 __next__ 算 Iterator 吗:", isinstance(OnlyNext(), Iterator))
try:
    for _ in OnlyNext():
        break
except TypeError as exc:
    print("TypeError:", exc)
