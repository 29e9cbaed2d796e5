"""在 Linux 上读出线程的调度状态：正在运行的线程是 R，调用 time.sleep() 的线程是 S（睡眠，即阻塞），不是就绪。"""
import threading
import time


def state(native_id):
    """/proc/self/task/<线程号>/stat 的第 3 个字段是这个线程的状态字母。"""
    with open(f"/proc/self/task/{native_id}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0]


def wait_for_state(native_id, wanted, limit=3.0):
    """反复查看，直到线程进入 wanted 状态（最多等 limit 秒），返回最后看到的状态。"""
    deadline = time.monotonic() + limit
    while (seen := state(native_id)) != wanted and time.monotonic() < deadline:
        time.sleep(0.001)
    return seen


started = threading.Event()


def sleeper():
    started.set()
    time.sleep(0.5)


t = threading.Thread(target=sleeper)
t.start()
started.wait()
print("正在读状态的主线程：", state(threading.get_native_id()))
print("在 time.sleep() 里的线程：", wait_for_state(t.native_id, "S"))
t.join()
