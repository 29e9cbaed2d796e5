"""__slots__ 让实例不再带 __dict__：用 tracemalloc 量一量每个实例省下多少内存，再看它的限制。"""

import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def bytes_per_instance(cls, n=100_000):
    """创建 n 个实例，返回平均每个实例新分配的字节数（列表在开始计量之前就准备好）。"""
    objs = [None] * n
    tracemalloc.start()
    for i in range(n):
        objs[i] = cls(1, 2)
    allocated, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(allocated / n)  # 解释器自身的零星分配摊到每个实例上不到 1 字节，取整后去掉


plain = bytes_per_instance(Point)
slotted = bytes_per_instance(SlotPoint)
print(f"普通类：每个实例 {plain} 字节")
print(f"__slots__：每个实例 {slotted} 字节")
print(f"每个实例省下 {plain - slotted} 字节，10 万个实例省下约 {(plain - slotted) * 100_000 // 1024} KiB")

p, s = Point(1, 2), SlotPoint(1, 2)
print("普通实例有 __dict__：", vars(p))
print("__slots__ 实例有 __dict__ 吗？", hasattr(s, "__dict__"))
p.z = 3  # 普通实例可以随时添加新属性
print("普通实例添加属性 z 之后：", vars(p))
s.z = 3  # __slots__ 实例只能有 __slots__ 里列出的属性
# snippet: exit=1
