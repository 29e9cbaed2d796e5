"""把标记-清除示意图搭成真实对象：不成环的由引用计数回收，成环的才要靠 gc。"""
import gc

gc.disable()
gc.collect()

EDGES = [(1, 2), (1, 3), (3, 2), (4, 1), (4, 5), (5, 3)]


class Node:
    def __init__(self, name):
        self.name = name
        self.refs = []

    def __del__(self):
        print(f"  回收节点 {self.name}")


def build(extra_edges=()):
    nodes = {i: Node(i) for i in range(1, 6)}
    for src, dst in [*EDGES, *extra_edges]:
        nodes[src].refs.append(nodes[dst])
    return nodes[1]          # 只有节点 1 被“根”（这里是全局变量）引用


print("图一：函数返回，局部的 nodes 字典消失")
root_a = build()
print("gc.collect() ->", gc.collect())

print("图二：多一条 5 → 4，节点 4、5 互相引用")
root_b = build(extra_edges=[(5, 4)])
print("gc.collect() ->", gc.collect())


def reachable(root):
    seen, todo = {}, [root]
    while todo:
        node = todo.pop()
        if node.name not in seen:
            seen[node.name] = node
            todo.extend(node.refs)
    return sorted(seen)


print("从根出发仍可到达:", reachable(root_b))
print("删掉两个根（1、2、3 之间没有环，引用计数就够了）")
print("del root_a：图一剩下的 1、2、3")
del root_a
print("del root_b：图二剩下的 1、2、3")
del root_b
