"""线程级单例：用 threading.local，同一线程内唯一，不同线程各有一个。"""
import threading

_local = threading.local()


class Session:
    def __init__(self, owner):
        self.owner = owner


def get_session():
    # threading.local 的属性每个线程各有一份：本线程第一次访问时才创建
    if not hasattr(_local, "session"):
        _local.session = Session(threading.current_thread().name)
    return _local.session


results = {}


def worker():
    first = get_session()
    second = get_session()
    results[threading.current_thread().name] = (first, first is second)


threads = [threading.Thread(target=worker, name=f"T{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for name, (session, same) in sorted(results.items()):
    print(f"{name}: 线程内两次拿到同一个 {same}，属于 {session.owner}")
sessions = [s for s, _ in results.values()]
print("不同线程的实例个数：", len({id(s) for s in sessions}))
print("主线程也有自己的一个：", get_session().owner)
