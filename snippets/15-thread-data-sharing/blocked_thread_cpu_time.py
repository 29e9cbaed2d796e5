"""阻塞中的线程不占 CPU：比较等待 Event 的线程和忙着计算的线程各自用掉的 CPU 时间。"""
import threading
import time

cpu = {}
stop_waiting = threading.Event()


def blocked():
    # 阻塞 0.3 秒：等一个没人设置的事件（等 I/O、sleep、等锁同理）
    stop_waiting.wait(0.3)
    cpu["阻塞等待"] = time.thread_time()  # 本线程用掉的 CPU 时间


def busy():
    total = 0
    for i in range(2_000_000):          # 固定的计算量
        total += i
    cpu["忙着计算"] = time.thread_time()


threads = [threading.Thread(target=blocked), threading.Thread(target=busy)]
for t in threads:
    t.start()
for t in threads:
    t.join()

blocked_cpu, busy_cpu = cpu["阻塞等待"], cpu["忙着计算"]
print(f"阻塞等待的线程：CPU 时间约 {blocked_cpu:.2f} 秒")
print(f"忙着计算的线程用的 CPU 比它多 20 倍以上：{busy_cpu > 20 * blocked_cpu}")
