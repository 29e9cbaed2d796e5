"""以为共享了其实没有：父进程等着子进程往全局列表里放结果，永远等不到；换成 Queue 才收得到。"""
import multiprocessing as mp
import queue
import time

results = []  # 每个进程各有一份


def worker_into_list():
    results.append("结果")  # 放进的是子进程自己的 results


def worker_into_queue(q):
    q.put("结果")           # 经由管道送到父进程


if __name__ == "__main__":
    p = mp.Process(target=worker_into_list)
    p.start()
    p.join()
    deadline = time.monotonic() + 0.3  # 真实程序往往没有这个期限，就“卡住”了
    while not results and time.monotonic() < deadline:
        time.sleep(0.05)
    print(f"子进程早已结束，父进程的 results = {results}")

    q = mp.Queue()
    p = mp.Process(target=worker_into_queue, args=(q,))
    p.start()
    try:
        print(f"用 Queue：父进程收到 {q.get(timeout=5)!r}")
    except queue.Empty:
        print("用 Queue：5 秒内没收到")
    p.join()
