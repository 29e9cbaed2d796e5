"""单例只在进程内唯一：fork 的子进程拿到副本，spawn 和 forkserver 的子进程重新创建一个。"""
import multiprocessing as mp


class Counter:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.value = 0
        return cls._instance


counter = Counter()   # 模块级的单例


def child(conn, parent_id):
    c = Counter()
    seen = c.value
    c.value += 100                      # 只改了子进程自己的那一份
    conn.send({"seen": seen, "after": c.value, "same_id": id(c) == parent_id})
    conn.close()


if __name__ == "__main__":
    counter.value = 5
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        parent_conn, child_conn = ctx.Pipe()
        p = ctx.Process(target=child, args=(child_conn, id(counter)))
        p.start()
        report = parent_conn.recv()
        p.join()
        print(f"[{method}] 子进程看到的 value：{report['seen']}")
        print(f"[{method}] 子进程把它改成：{report['after']}")
        print(f"[{method}] 父进程里的 value 仍是：{counter.value}")
        if method == "fork":
            # fork 照原样复制地址空间：对象在子进程里的地址（id）不变，
            # 但那已是另一份内存
            print(f"[{method}] 子进程里 id(单例) 与父进程相同：{report['same_id']}")
