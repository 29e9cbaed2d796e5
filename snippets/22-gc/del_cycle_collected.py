"""Python 3.4（PEP 442）起，带 __del__ 的对象组成的环也能被回收。"""
import gc

gc.disable()
gc.collect()


class A:
    def __del__(self):
        # 执行 __del__ 时对方还没被拆掉，可以放心访问
        print(f"A.__del__：它引用的 B 还在吗？{self.partner is not None}")


class B:
    def __del__(self):
        print(f"B.__del__：它引用的 A 还在吗？{self.partner is not None}")


a = A()
b = B()
a.partner = b
b.partner = a
del a, b

print("gc.collect() ->", gc.collect())
print("gc.garbage ->", gc.garbage)
