"""上下文管理器的本来面目：一个有 __enter__ 和 __exit__ 的类；__exit__ 返回真值就会吞掉异常。"""


class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print(f"__enter__：准备 {self.name}")
        return self  # 这个返回值就是 as 后面的变量

    def __exit__(self, exc_type, exc, tb):
        print(f"__exit__：清理 {self.name}，收到的异常：{exc_type.__name__ if exc_type else None}")
        return self.swallow  # 返回真值表示“异常已处理”，不再往外抛


with Managed("正常的资源") as res:
    print("with 体内：", res.name)

with Managed("吞掉异常的资源", swallow=True):
    raise KeyError("被吞掉")
print("吞掉异常的 with 之后继续执行")

with Managed("不吞异常的资源"):
    raise ValueError("照常抛出")
print("这一行不会执行")
# snippet: exit=1
