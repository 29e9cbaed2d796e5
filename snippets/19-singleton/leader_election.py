"""多个进程抢同一把非阻塞文件锁，只有一个能成为“全局唯一”的那个工作者。"""
import fcntl
import multiprocessing as mp

ctx = mp.get_context("fork")


def worker(name, tried, results):
    f = open("leader.lock", "w")
    try:
        # LOCK_NB：拿不到锁时不等待，立刻抛出 BlockingIOError
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        role = "leader"
    except BlockingIOError:
        role = "follower"
    tried.wait()          # 等大家都试过一次再放手，否则先到者可能已经释放了锁
    results.put((name, role))
    f.close()             # 关闭文件（或进程退出）时锁自动释放


if __name__ == "__main__":
    n = 4
    tried = ctx.Barrier(n)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=worker, args=(f"P{i}", tried, results))
        for i in range(n)
    ]
    for p in procs:
        p.start()
    roles = [results.get() for _ in range(n)]
    for p in procs:
        p.join()
    print("leader 的个数：", sum(role == "leader" for _, role in roles))
    print("follower 的个数：", sum(role == "follower" for _, role in roles))
