"""用类装饰器实现单例：简单，但类名从此指向一个函数。"""
import functools


def singleton(cls):
    instances = {}

    @functools.wraps(cls)
    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]

    return get_instance


@singleton
class Database:
    def __init__(self, url):
        print(f"  连接 {url}")
        self.url = url


db1 = Database("sqlite:///a.db")
db2 = Database("sqlite:///b.db")    # 参数被忽略，直接返回已有实例
print("同一个对象：", db1 is db2, db1.url)

# 代价：名字 Database 现在是函数，不能再当作类来用
print("Database 的类型：", type(Database).__name__)
try:
    isinstance(db1, Database)
except TypeError as e:
    print("TypeError:", e)
print("真正的类藏在 __wrapped__ 里：", isinstance(db1, Database.__wrapped__))
