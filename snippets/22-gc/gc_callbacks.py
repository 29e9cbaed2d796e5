"""gc.callbacks 在每次回收开始和结束时调用，info 里有代号、回收数和无法回收数。"""
import gc

gc.disable()
gc.collect()


def report(phase, info):
    print(f"  {phase:5} {info}")


class Node:
    pass


def make_cycle():
    a, b = Node(), Node()
    a.peer, b.peer = b, a


gc.callbacks.append(report)
make_cycle()
print("gc.collect(0):")
gc.collect(0)
make_cycle()
make_cycle()
print("gc.collect():")
gc.collect()
gc.callbacks.remove(report)
