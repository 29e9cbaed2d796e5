"""边界检查装饰器：把输入和结果中的负坐标都截成 0，而不必改动 add、sub 本身。"""


class Coordinate:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Coord:" + str(self.__dict__)


def clamp(c):
    """把负坐标截成 0；都不为负时原样返回。"""
    if c.x < 0 or c.y < 0:
        return Coordinate(max(c.x, 0), max(c.y, 0))
    return c


def wrapper(func):
    def checker(a, b):  # ① 与被装饰函数的参数相同
        ret = func(clamp(a), clamp(b))
        return clamp(ret)

    return checker


def add(a, b):
    return Coordinate(a.x + b.x, a.y + b.y)


def sub(a, b):
    return Coordinate(a.x - b.x, a.y - b.y)


one = Coordinate(100, 200)
two = Coordinate(300, 200)
three = Coordinate(-100, -100)
print("装饰前 sub(one, two)  =", sub(one, two))
print("装饰前 add(one, three) =", add(one, three))

add = wrapper(add)
sub = wrapper(sub)
print("装饰后 sub(one, two)  =", sub(one, two))
print("装饰后 add(one, three) =", add(one, three))
