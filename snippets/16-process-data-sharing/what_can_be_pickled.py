"""哪些对象能被 pickle：传给子进程的参数、放进 Manager 或队列的数据都要过这一关。"""
import pickle
import threading


def top_level_function():
    return "模块顶层的函数"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Account:
    """带锁的对象：默认不能 pickle，用 __getstate__/__setstate__ 跳过锁就可以。"""

    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


class PicklableAccount(Account):
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]            # 锁不能也不该复制到别的进程
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()  # 到了那边重新建一把


def make_inner():
    def inner():
        pass
    return inner


candidates = {
    "None、True、整数、浮点数": (None, True, 42, 3.14),
    "字符串和 bytes": ("文本", b"bytes"),
    "由可 pickle 对象组成的容器": ([1, 2], {"k": (3, 4)}, {5, 6}),
    "模块顶层的函数": top_level_function,
    "内置函数": len,
    "模块顶层的类": Point,
    "__dict__ 可 pickle 的实例": Point(1, 2),
    "__getstate__ 去掉了锁的实例": PicklableAccount(100),
    "带锁的实例": Account(100),
    "函数里定义的函数": make_inner(),
    "生成器": (n for n in range(3)),
    "锁": threading.Lock(),
}

for label, obj in candidates.items():
    try:
        pickle.loads(pickle.dumps(obj))
        print(f"可以  {label}")
    except Exception as exc:
        print(f"不行  {label}：{type(exc).__name__}: {exc}")
