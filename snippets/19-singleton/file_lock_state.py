"""跨进程的“唯一状态”：对象序列化存在文件里，用 fcntl.flock 加锁后再读—改—写。"""
import fcntl
import json
import multiprocessing as mp
from pathlib import Path

STATE = Path("state.json")      # 外部存储：这里用当前目录下的文件代替数据库或 Redis
LOCK = Path("state.lock")
ctx = mp.get_context("fork")    # fcntl 只在类 Unix 系统上有，fork 也是


def load():
    return json.loads(STATE.read_text())


def save(state):
    STATE.write_text(json.dumps(state))


def increment_without_lock(barrier):
    state = load()              # 读
    barrier.wait()              # 演示用：等所有进程都读完再写，让“丢失更新”必然发生
    state["count"] += 1         # 改
    save(state)                 # 写


def increment_with_lock(times):
    for _ in range(times):
        with LOCK.open("w") as f:
            fcntl.flock(f, fcntl.LOCK_EX)       # 拿不到锁就阻塞等待
            try:
                state = load()
                state["count"] += 1
                save(state)
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)   # 关闭文件也会释放，这里写明更清楚


def run(target, args, workers):
    save({"count": 0})
    procs = [ctx.Process(target=target, args=args) for _ in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return load()["count"]


if __name__ == "__main__":
    unlocked = run(increment_without_lock, (ctx.Barrier(3),), workers=3)
    print("3 个进程各加 1，不加锁：", unlocked)
    locked = run(increment_with_lock, (50,), workers=3)
    print("3 个进程各加 50，加文件锁：", locked)
