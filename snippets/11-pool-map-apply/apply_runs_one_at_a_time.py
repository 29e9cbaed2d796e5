"""循环里调用 apply，任务一个接一个地跑；apply_async 先全部提交，任务才会同时跑。"""
import time
from multiprocessing import Pool, Value


def init(shared_running, shared_peak):
    global running, peak
    running, peak = shared_running, shared_peak


def task(x):
    with running.get_lock():
        running.value += 1
        peak.value = max(peak.value, running.value)  # 记下同时在跑的任务数的最大值
    time.sleep(0.3)
    with running.get_lock():
        running.value -= 1
    return x


if __name__ == "__main__":
    for name in ("apply", "apply_async"):
        running, peak = Value("i", 0), Value("i", 0)
        with Pool(2, initializer=init, initargs=(running, peak)) as pool:
            if name == "apply":
                results = [pool.apply(task, (i,)) for i in range(4)]
            else:
                handles = [pool.apply_async(task, (i,)) for i in range(4)]
                results = [h.get() for h in handles]
        print(f"{name:<11} 结果 {results}，最多同时在跑的任务数：{peak.value}")
