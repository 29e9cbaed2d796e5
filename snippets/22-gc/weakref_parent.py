"""父子节点互相引用会成环；子节点改用弱引用指向父节点，就只靠引用计数即可回收。"""
import gc
import sys
import weakref

gc.disable()
gc.collect()


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        # 弱引用要“调用”一下才能拿到对象；对象已被回收时得到 None
        return self._parent() if self._parent is not None else None

    def __del__(self):
        print(f"  回收 {self.name}")


root = Node("root")
child = Node("child", parent=root)
print("child 的父节点:", child.parent.name)
print("指向 root 的弱引用个数:", weakref.getweakrefcount(root))
# 弱引用不算在引用计数里：这里的 2 是名字 root 加上 getrefcount 的临时引用
print("root 的引用计数:", sys.getrefcount(root))

print("del root：")
del root                       # 没有环，root 立刻被回收
print("child 的父节点现在是:", child.parent)
print("gc.collect() ->", gc.collect())

# WeakValueDictionary：值只被弱引用，适合做缓存，对象没人用了条目会自动消失
cache = weakref.WeakValueDictionary()
cache["k"] = Node("cached")
print("缓存里还有:", list(cache.keys()))
