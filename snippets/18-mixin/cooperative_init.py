"""协作式 __init__：每个类取走自己的关键字参数，把其余的交给 super().__init__(**kwargs)。"""


class Vehicle:
    def __init__(self, *, name, **kwargs):
        self.name = name
        print(f"Vehicle.__init__(name={name!r})，剩下 {kwargs}")
        super().__init__(**kwargs)          # 下一个是 object.__init__()，此时 kwargs 应当已经空了


class PlaneMixin:
    def __init__(self, *, max_altitude=10_000, **kwargs):
        self.max_altitude = max_altitude
        print(f"PlaneMixin.__init__(max_altitude={max_altitude})，剩下 {kwargs}")
        super().__init__(**kwargs)          # 下一个是谁，由实例的 MRO 决定


class LoggerMixin:
    def __init__(self, *, log_file="app.log", **kwargs):
        self.log_file = log_file
        print(f"LoggerMixin.__init__(log_file={log_file!r})，剩下 {kwargs}")
        super().__init__(**kwargs)


class Airplane(LoggerMixin, PlaneMixin, Vehicle):
    pass


print([cls.__name__ for cls in Airplane.__mro__])
plane = Airplane(name="波音 737", max_altitude=12_500, log_file="plane.log")
print(vars(plane))


# 同一个 Mixin 换一种组合，也照样把参数传到位
class Glider(PlaneMixin, Vehicle):
    pass


print(vars(Glider(name="滑翔机")))

# 多给一个谁也不认的参数：一路传到 object.__init__()，在那里报错，不会被悄悄吞掉
try:
    Airplane(name="A320", colour="white")
except TypeError as exc:
    print("TypeError:", exc)
