"""if、for、while、try 都不创建作用域，里面绑定的名字属于所在的函数或模块。"""


def demo(flag):
    if flag:
        in_if = "if 里赋值"
    for n in range(3):
        in_for = n * 10
    while True:
        in_while = "while 里赋值"
        break
    try:
        in_try = "try 里赋值"
    finally:
        pass
    # 代码块结束后，这些名字仍然是 demo 的局部变量
    print(in_if, in_for, n, in_while, in_try, sep=" | ")


demo(True)


def show_config():
    print("show_config 读到的 config：", config)  # config 是全局变量


if __name__ == "__main__":
    config = {"debug": True}  # 在 if 里赋值，但这里是模块顶层：config 是全局变量
    show_config()
    print(f"{'config' in globals() = }")
