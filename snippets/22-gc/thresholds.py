"""查看和修改回收阈值（get_threshold / set_threshold），查看计数（get_count）。"""
import gc

# 3.13 是 (2000, 10, 10)，3.12 及以前是 (700, 10, 10)
print("默认阈值:", gc.get_threshold())

gc.disable()


class Node:
    pass


gc.collect()
before = gc.get_count()
keep = [Node() for _ in range(100)]   # 新建 100 个受跟踪的对象（再加上列表本身）
after_alloc = gc.get_count()
del keep                               # 释放后第 0 代的计数随之减少
after_free = gc.get_count()
print("collect 之后:", before)
print("新建 100 个对象之后:", after_alloc)
print("释放它们之后:", after_free)

gc.collect(0)
# 第 1 代的计数记的是“第 0 代回收了几次”
print("一次第 0 代回收之后:", gc.get_count())
gc.collect(0)
print("又一次第 0 代回收之后:", gc.get_count())
gc.collect(1)
print("一次第 1 代回收之后:", gc.get_count())

gc.set_threshold(5000, 20, 20)
print("修改之后:", gc.get_threshold())
