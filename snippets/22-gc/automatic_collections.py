"""观察自动回收的节奏：每一代回收多少次之后，才轮到更老的一代。"""
import gc
import re

gc.disable()
gc.collect()
gc.freeze()      # 把启动时就有的对象移进“永久代”，让演示不受它们影响（见正文）
gc.collect()

log = []


def record(phase, info):
    if phase == "start":
        log.append(info["generation"])


class Node:
    pass


gc.set_threshold(100, 2, 2)   # 调小阈值，好在短时间内看到完整的节奏
gc.callbacks.append(record)
gc.enable()
for _ in range(3000):         # 不断制造循环垃圾，让自动回收自己启动
    a, b = Node(), Node()
    a.peer, b.peer = b, a
gc.disable()
gc.callbacks.remove(record)
gc.unfreeze()

sequence = "".join(map(str, log))
print("依次回收的代（每遇到一次第 2 代回收换一行）:")
for chunk in re.findall(r"[01]*2|[01]+$", sequence):
    print(" ", chunk)
for gen in range(3):
    print(f"第 {gen} 代回收 {log.count(gen)} 次")
