"""PEP 667（3.13）：函数里的 locals() 每次返回一份新快照，frame.f_locals 是写得回去的代理。"""
import sys


def demo():
    x = 1
    first = locals()            # 一份快照：{'x': 1}
    x = 2
    second = locals()           # 又一份新的快照：{'x': 2, 'first': {...}}
    print("first is second:", first is second)
    print("first['x']:", first["x"], "| second['x']:", second["x"])

    first["x"] = 99             # 改快照，不影响真正的局部变量
    print("改快照之后 x =", x)

    proxy = sys._getframe().f_locals
    print("type(frame.f_locals):", type(proxy).__name__)
    proxy["x"] = 100            # 通过代理写，直接改到局部变量
    print("通过 f_locals 写之后 x =", x)


demo()

# 模块顶层和类体里，locals() 仍然就是那个命名空间字典本身
print("模块顶层 locals() is globals():", locals() is globals())
