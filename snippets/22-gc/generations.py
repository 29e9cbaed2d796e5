"""存活下来的对象升入下一代；回收第 n 代时会连同所有更年轻的代一起回收。"""
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    pass


def make_cycle():
    a, b = Node(), Node()
    a.peer, b.peer = b, a
    return a


def generation_of(obj):
    for gen in range(3):
        if any(o is obj for o in gc.get_objects(generation=gen)):
            return gen


x = make_cycle()
print("新建的对象在第", generation_of(x), "代")
gc.collect(0)
print("熬过一次第 0 代回收，升到第", generation_of(x), "代")
gc.collect(1)
print("再熬过一次第 1 代回收，升到第", generation_of(x), "代")

# 让这个已在第 2 代的环变成垃圾，看看哪一次回收才会处理它
ref = weakref.ref(x)
del x
gc.collect(0)
print("collect(0) 之后还活着:", ref() is not None)
gc.collect(1)
print("collect(1) 之后还活着:", ref() is not None)
gc.collect(2)
print("collect(2) 之后还活着:", ref() is not None)

# 反过来，第 0 代里的垃圾在回收第 1 代、第 2 代时都会被处理
for gen in (1, 2):
    ref = weakref.ref(make_cycle())
    gc.collect(gen)
    print(f"第 0 代的垃圾在 collect({gen}) 之后还活着:", ref() is not None)
