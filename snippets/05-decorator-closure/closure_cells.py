"""闭包：外层函数返回后，内层函数依然通过 cell 对象记着外层的变量。"""


def outer():
    x = 1

    def inner():
        print(x)

    return inner


foo = outer()  # outer 已经返回，它的局部变量 x 本该“消失”了
foo()  # 但 inner 仍能打印 1

print("自由变量名：", foo.__code__.co_freevars)
print("__closure__ 的长度：", len(foo.__closure__))
cell = foo.__closure__[0]
print("元素类型：", type(cell).__name__)
print("cell 里装的值：", cell.cell_contents)
print("outer 自己的 __closure__：", outer.__closure__)  # 模块级函数不是闭包
