"""一个名字是不是局部变量，在编译函数时就决定了，与那一行是否执行无关。"""
x = "全局的 x"


def read_only():
    print(x)  # 函数里没有绑定 x：x 是全局变量


def assign_after_use():
    print(x)  # 下一行给 x 赋值，所以整个函数里 x 都是局部变量
    x = "局部的 x"


def assign_never_runs():
    if False:
        x = "永远不会执行"  # 不执行也算绑定
    print(x)


for func in (read_only, assign_after_use, assign_never_runs):
    print(f"{func.__name__}: 局部变量 {func.__code__.co_varnames}")
    try:
        func()
    except NameError as exc:
        print(f"  {type(exc).__name__}: {exc}")

print(f"{issubclass(UnboundLocalError, NameError) = }")
print(undefined_name)  # 哪里都没有绑定过的名字
# snippet: exit=1
