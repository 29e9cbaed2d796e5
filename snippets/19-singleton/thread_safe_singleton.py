"""加锁并双重检查的单例：即使很多线程同时第一次访问，也只创建一个实例。"""
import threading
import time

N = 5
start_together = threading.Barrier(N)


class Config:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __init__(self):
        time.sleep(0.1)            # 模拟耗时的初始化，故意把竞态窗口拉长
        Config.created += 1

    @classmethod
    def instance(cls):
        if cls._instance is None:              # 第一次检查：实例已存在时不必抢锁
            with cls._lock:
                # 第二次检查：拿到锁后确认没有别的线程抢先创建
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance


results = []
results_lock = threading.Lock()


def worker():
    start_together.wait()          # 所有线程同时起跑
    obj = Config.instance()
    with results_lock:
        results.append(obj)


threads = [threading.Thread(target=worker) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"{N} 个线程拿到的实例个数：{len({id(o) for o in results})}")
print(f"__init__ 执行次数：{Config.created}")
