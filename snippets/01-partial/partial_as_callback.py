"""用 partial 补上额外参数：map、sorted 的 key、按钮回调。"""
from functools import partial

print(list(map(partial(int, base=16), ["ff", "10", "7f"])))


def distance(a, b):
    return abs(a - b)


# sorted 只会把每个元素传给 key；用 partial 把“目标值”预先放进去
print(sorted([3, 18, 9, 11, 25], key=partial(distance, 10)))


class Button:
    """一个只会无参数调用回调的假按钮。"""

    def __init__(self, on_click):
        self.on_click = on_click

    def click(self):
        self.on_click()


def handle(action, source):
    print(f"{source} 被点击，执行 {action}")


buttons = [Button(partial(handle, action, f"按钮{i}"))
           for i, action in enumerate(["保存", "撤销"], start=1)]
for button in buttons:
    button.click()
