"""任务倒着完成，map 的结果仍按输入顺序排列。"""
from multiprocessing import Event, Pool, Value

N = 4


def init(shared_done, shared_finished):
    global done, finished
    done, finished = shared_done, shared_finished


def task(x):
    if x + 1 < N:
        done[x + 1].wait(timeout=5)  # 任务 x 等任务 x+1 完成：故意让后面的任务先完成
    with finished.get_lock():
        finished.value += 1
        rank = finished.value         # 第几个完成
    done[x].set()
    return f"输入 {x} → 第 {rank} 个完成"


if __name__ == "__main__":
    done = [Event() for _ in range(N)]
    finished = Value("i", 0)
    with Pool(N, initializer=init, initargs=(done, finished)) as pool:
        for line in pool.map(task, range(N), chunksize=1):
            print(line)
