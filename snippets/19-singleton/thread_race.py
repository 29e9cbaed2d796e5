"""没有锁的单例在多线程下会创建出多个实例：用 Barrier 让竞态每次都发生。"""
import threading

N = 5
# 演示用的“放大器”：让所有线程都通过 if 检查之后，才一起往下创建实例
everyone_checked = threading.Barrier(N)


class Config:
    _instance = None

    @classmethod
    def instance(cls):
        if cls._instance is None:
            everyone_checked.wait()          # 真实程序里这里可能是一次线程切换
            cls._instance = cls()
        return cls._instance


results = []
results_lock = threading.Lock()


def worker():
    obj = Config.instance()
    with results_lock:
        results.append(obj)


threads = [threading.Thread(target=worker) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"{N} 个线程一共拿到 {len({id(o) for o in results})} 个不同的实例")
print("最后留在类上的是其中之一：", any(o is Config._instance for o in results))
