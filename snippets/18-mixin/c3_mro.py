"""MRO 由 C3 线性化算法计算：菱形继承时公共基类排在最后；顺序矛盾时类根本定义不出来。"""


class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()


print("Child.__mro__：", [cls.__name__ for cls in Child.__mro__])
print("每个类都调用 super()，每个 hello 恰好执行一次：", Child().hello())
print("Child.mro() 与 __mro__ 相同：", Child.mro() == list(Child.__mro__))

# Base 在 Left 之前，而 Left 是 Base 的子类，必须排在 Base 之前：两个要求互相矛盾


class Broken(Base, Left):
    pass
# snippet: exit=1
