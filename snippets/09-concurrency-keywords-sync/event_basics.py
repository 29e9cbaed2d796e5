"""Event 的四个方法：set、clear、is_set、wait（wait 带超时时返回标志的值）。"""
import threading

event = threading.Event()  # 内部标志初始为 False
print("初始 is_set() =", event.is_set())
print("wait(0.1) 等不到，返回", event.wait(0.1))  # 标志为 False：阻塞，直到超时

event.set()  # 标志置为 True，唤醒所有正在 wait() 的线程
print(f"set() 之后 is_set() = {event.is_set()}，wait() 立刻返回 {event.wait()}")

event.clear()  # 标志置回 False，之后的 wait() 又会阻塞
print("clear() 之后 is_set() =", event.is_set())

# 一个线程等，另一个线程发信号
got = []
waiter = threading.Thread(target=lambda: got.append(event.wait(timeout=2)))
waiter.start()
event.set()
waiter.join()
print("另一个线程里 wait() 被 set() 唤醒，返回", got[0])
