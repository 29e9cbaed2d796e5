"""用 __new__ 实现单例：每次“创建”都返回同一个实例，但 __init__ 每次都会再执行。"""


class Logger:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, level="INFO"):
        print(f"  __init__(level={level!r}) 被调用")
        self.level = level


a = Logger()
b = Logger("DEBUG")
print("同一个对象：", a is b)
print("a.level 被第二次 __init__ 改掉了：", a.level)


class SafeLogger:
    """只在第一次真正初始化，之后的构造参数被忽略。"""

    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance._initialized = False
        return cls._instance

    def __init__(self, level="INFO"):
        if self._initialized:
            return
        self._initialized = True
        self.level = level


c = SafeLogger()
d = SafeLogger("DEBUG")
print("同一个对象：", c is d, "level 保持：", c.level)
