"""双下划线开头的属性会被名称改写（name mangling）为 _类名__属性名，它防的是子类重名，不是外人访问。"""


class Kls:
    def __private(self):
        return "Kls.__private 被调用了"

    def call_private(self):
        return self.__private()  # 写在类体里，编译时就变成了 self._Kls__private()


class Sub(Kls):
    def __private(self):  # 改写为 _Sub__private，不会覆盖父类的 _Kls__private
        return "Sub.__private 被调用了"


ins = Kls()
print("ins.call_private()   ->", ins.call_private())
print("ins._Kls__private()  ->", ins._Kls__private())
print("Kls 里真正的名字：", [name for name in vars(Kls) if not name.startswith("__")])
print("Sub 里真正的名字：", [name for name in vars(Sub) if not name.startswith("__")])
print("Sub().call_private() ->", Sub().call_private())

ins.__private()  # 类外面不做改写，找的就是字面上的 __private
# snippet: exit=1
