"""PEP 442：先调用环里的 __del__，确认没有对象复活才拆环；__del__ 至多执行一次。"""
import gc

gc.disable()
gc.collect()
survivors = []


class Phoenix:
    def __del__(self):
        print("__del__ 被调用，把自己存进全局列表（复活）")
        survivors.append(self)


p = Phoenix()
p.self_ref = p        # 自己引用自己，也是一个环
del p

print("第一次 collect ->", gc.collect())
print("复活的对象:", len(survivors))
print("它已执行过终结器:", gc.is_finalized(survivors[0]))

survivors.clear()     # 再次变成垃圾（环还在）
print("第二次 collect ->", gc.collect())   # 这次 __del__ 不会再被调用
print("gc.garbage ->", gc.garbage)
