"""信号量 Semaphore(2)：最多允许 2 个线程同时进入；BoundedSemaphore 还能查出多释放的错误。"""
import threading
import time

slots = threading.Semaphore(2)  # 内部计数器初始为 2：acquire 减 1，release 加 1，为 0 时 acquire 阻塞
state_lock = threading.Lock()
inside = 0
most_inside = 0


def download(n):
    global inside, most_inside
    with slots:
        with state_lock:
            inside += 1
            most_inside = max(most_inside, inside)
        time.sleep(0.2)  # 占着一个名额“下载”
        with state_lock:
            inside -= 1


threads = [threading.Thread(target=download, args=(n,)) for n in range(4)]
start = time.monotonic()
for t in threads:
    t.start()
for t in threads:
    t.join()
print("4 个线程，同时在里面的最多有几个：", most_inside)
print("分 2 批完成，至少用了 0.4 秒：", round(time.monotonic() - start, 2) >= 0.4)

bounded = threading.BoundedSemaphore(2)
bounded.acquire()
bounded.release()
try:
    bounded.release()  # 比 acquire 多释放了一次：通常是程序写错了
except ValueError as error:
    print(f"BoundedSemaphore 多释放一次：{type(error).__name__}: {error}")
