"""global：在函数里改写全局变量；更好的做法是把值传进去、把结果返回出来。"""
counter = 0


def read_counter():
    return counter  # 只读取：不需要任何声明


def bump_global():
    global counter  # 声明后，赋值改写的是模块里的 counter
    counter += 1


bump_global()
bump_global()
print("用 global 改写后：", counter, read_counter())


def bump(value):  # 推荐：输入靠参数，输出靠返回值
    return value + 1


counter = bump(counter)
print("传入再返回：", counter)

history = []


def record(item):
    history.append(item)  # 修改对象的内容不是重新绑定名字，不需要 global


record("a")
record("b")
print("history：", history)
