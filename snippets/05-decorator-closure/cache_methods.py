"""给方法加 lru_cache：缓存以 self 为键的一部分，实例因此一直活着。"""
import functools
import gc
import weakref


class Report:
    def __init__(self, name):
        self.name = name

    @functools.lru_cache(maxsize=None)   # 缓存属于类，所有实例共用
    def render(self):
        return f"报告 {self.name}"


r = Report("一月")
print(r.render(), Report.render.cache_info())
alive = weakref.ref(r)
del r
gc.collect()
print("删除最后一个名字后，实例还活着：", alive() is not None)   # 缓存的键里还有 self
Report.render.cache_clear()
gc.collect()
print("cache_clear() 之后：", alive() is not None)


# 每个实例只算一次的属性，用 cached_property：结果存在实例自己的 __dict__ 里
class Report2:
    def __init__(self, name):
        self.name = name

    @functools.cached_property
    def rendered(self):
        print("  （计算一次）")
        return f"报告 {self.name}"


r2 = Report2("二月")
print(r2.rendered)
print(r2.rendered, "| __dict__ 里有：", list(vars(r2)))
alive2 = weakref.ref(r2)
del r2
print("删除后，实例立即被回收：", alive2() is None)
