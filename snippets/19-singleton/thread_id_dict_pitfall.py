"""用“线程 ID → 实例”的字典做线程级单例有隐患：线程结束后 ID 可能被新线程复用。"""
import threading

_instances = {}


class Session:
    def __init__(self, owner):
        self.owner = owner


def get_session():
    key = threading.get_ident()
    if key not in _instances:
        _instances[key] = Session(threading.current_thread().name)
    return _instances[key]


seen, idents = [], []


def work():
    idents.append(threading.get_ident())
    seen.append(get_session())


for name in ["第一个线程", "第二个线程"]:
    # 两个线程先后运行，前一个结束（并被 join）后才启动后一个
    t = threading.Thread(target=work, name=name)
    t.start()
    t.join()

print(f"第二个线程的 ID 和第一个相同：{idents[0] == idents[1]}")
print(f"第二个线程拿到的实例属于：{seen[1].owner}")
print(f"两个线程都已结束，字典里仍留着条目：{len(_instances) > 0}")
# snippet: requires=3.13
