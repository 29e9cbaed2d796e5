"""在类里预置方法参数要用 partialmethod，直接放 partial 拿不到 self。"""
from functools import partial, partialmethod


class Light:
    def __init__(self, name):
        self.name = name
        self.on = False

    def switch(self, on):
        self.on = on
        return f"{self.name}: {'开' if on else '关'}"

    turn_on = partialmethod(switch, True)
    turn_off = partialmethod(switch, False)
    broken_on = partial(switch, True)  # 错误写法：不会绑定 self


light = Light("客厅")
print(light.turn_on())
print(light.turn_off())
print(f"{light.on = }")

try:
    light.broken_on()  # 实际执行 switch(True)
except TypeError as exc:
    print("TypeError:", exc)
