"""一次回收里有两个环，其中一个在 __del__ 里复活：只有它和它引用的对象留下，另一个环照常释放。"""
import gc

gc.disable()
gc.collect()
survivors = []


class Node:
    def __init__(self, name, resurrect=False):
        self.name = name
        self.resurrect = resurrect

    def __del__(self):
        if self.resurrect:
            survivors.append(self)   # 把自己挂到全局列表上：复活
            print(f"  {self.name}.__del__：把自己存进全局列表")
        else:
            print(f"  {self.name}.__del__")


def make_cycle(prefix, resurrect):
    first = Node(prefix + "1", resurrect)
    second = Node(prefix + "2")
    first.peer, second.peer = second, first


def live_nodes():
    """还没被释放的 Node：Node 的实例一直受回收器跟踪，所以 gc.get_objects() 能找到它们。"""
    return sorted(o.name for o in gc.get_objects() if isinstance(o, Node))


make_cycle("A", resurrect=True)    # A1 ⇄ A2，A1 的 __del__ 会复活它
make_cycle("B", resurrect=False)   # B1 ⇄ B2，普通的环
print("回收前:", live_nodes())
print("第一次 gc.collect()：")
gc.collect()
print("复活的对象:", [n.name for n in survivors])
print("回收后还活着:", live_nodes())
print("A1 的终结器已经执行过:", gc.is_finalized(survivors[0]))

survivors.clear()                  # A 环再次变成垃圾
print("第二次 gc.collect()：")     # 这次不会再调用 __del__
gc.collect()
print("回收后还活着:", live_nodes())
