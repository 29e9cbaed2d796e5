"""用元类实现单例：拦截“调用类”这一步，__init__ 只执行一次，类仍然是类。"""


class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        # Database(...) 实际调用的是 type(Database).__call__，也就是这里
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Database(metaclass=SingletonMeta):
    def __init__(self, url):
        print(f"  连接 {url}")
        self.url = url


class ReadReplica(Database):
    pass


db1 = Database("sqlite:///a.db")
db2 = Database("sqlite:///b.db")
print("同一个对象：", db1 is db2, db1.url)
print("isinstance 照常可用：", isinstance(db1, Database))

replica = ReadReplica("sqlite:///replica.db")   # 子类有自己的那一个实例
print("子类实例与父类实例不同：", replica is not db1)
print("子类再调用仍是同一个：", ReadReplica("x") is replica)
