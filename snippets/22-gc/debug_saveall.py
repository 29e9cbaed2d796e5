"""DEBUG_SAVEALL 把本该释放的垃圾留在 gc.garbage 里，便于排查谁在制造循环引用。"""
import gc

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


def make_garbage():
    a, b = Node("a"), Node("b")
    a.peer, b.peer = b, a


leak = gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL
print("DEBUG_LEAK 是三个标志的组合:", gc.DEBUG_LEAK == leak)

gc.set_debug(gc.DEBUG_SAVEALL)
make_garbage()
print("collect ->", gc.collect())
print("gc.garbage ->", sorted(gc.garbage, key=repr))

gc.set_debug(0)          # 用完记得关掉
gc.garbage.clear()       # 清空列表后它们又成了不可达的环，再 collect 一次才真正释放
print("collect ->", gc.collect(), "gc.garbage ->", gc.garbage)
