"""@wrapper 写在 def 上方，等价于定义后立即执行 sub = wrapper(sub)。"""


def wrapper(func):
    print(f"wrapper 正在装饰 {func.__name__}")  # 定义函数时就会打印

    def checker(a, b):
        print(f"调用 {func.__name__}{(a, b)}")
        return max(func(a, b), 0)

    return checker


@wrapper
def sub(a, b):
    return a - b


print("—— 定义完毕，开始调用 ——")
print(sub(5, 3))
print(sub(3, 5))
