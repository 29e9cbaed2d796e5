"""Mixin 类：把“会飞”这项能力单独写成 PlaneMixin，只混入需要它的交通工具。"""


class Vehicle:
    """交通工具：所有交通工具共有的东西写在这里。"""

    def __init__(self, name):
        self.name = name

    def move(self):
        print(f"{self.name}正在移动")


class PlaneMixin:
    """一项能力（会飞），不是一种东西；它只用到 self.name，不关心别的。"""

    def fly(self):
        print(f"{self.name}正在飞行")


class Airplane(PlaneMixin, Vehicle):
    """民航飞机：是一种交通工具，并且会飞。"""


class Helicopter(PlaneMixin, Vehicle):
    """直升机：同样是交通工具，同样会飞。"""


class Car(Vehicle):
    """轿车：是交通工具，但不会飞。"""


for vehicle in (Airplane("民航飞机"), Helicopter("直升机"), Car("轿车")):
    vehicle.move()
    if isinstance(vehicle, PlaneMixin):
        vehicle.fly()

print("轿车能飞吗？", hasattr(Car("轿车"), "fly"))
print("飞机是交通工具吗？", isinstance(Airplane("民航飞机"), Vehicle))
print("Airplane 的 MRO：", [cls.__name__ for cls in Airplane.__mro__])
