"""imap_unordered 按完成的先后交出结果，imap 和 map 一样按输入顺序。"""
from multiprocessing import Event, Pool

N = 4


def init(shared_go):
    global go
    go = shared_go


def task(x):
    go[x].wait(timeout=5)  # 等主进程放行
    return x


if __name__ == "__main__":
    # imap_unordered：先放行最后一个任务，每收到一个结果再放行它前面的那个
    go = [Event() for _ in range(N)]
    go[N - 1].set()
    with Pool(N, initializer=init, initargs=(go,)) as pool:
        arrived = []
        for x in pool.imap_unordered(task, range(N)):
            arrived.append(x)
            if x > 0:
                go[x - 1].set()
    print(f"imap_unordered 交出结果的顺序：{arrived}")

    # imap：同样的任务，不管哪个先完成，它都等输入 0 的结果到了才交出第一个值
    go = [Event() for _ in range(N)]
    with Pool(N, initializer=init, initargs=(go,)) as pool:
        results = pool.imap(task, range(N))
        for event in reversed(go):
            event.set()
        print(f"imap           交出结果的顺序：{list(results)}")
