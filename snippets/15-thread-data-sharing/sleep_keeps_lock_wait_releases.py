"""持锁 sleep() 不放锁；Condition.wait() 等待期间放锁，被唤醒后要先拿回锁才返回。"""
import threading
import time

cond = threading.Condition()  # 内部带着一把锁
holding = threading.Event()
done = threading.Event()


def sleeper():
    with cond:
        holding.set()
        while not done.is_set():
            time.sleep(0.05)  # 拿着锁睡觉，醒了接着睡，直到主线程说可以了


def waiter():
    with cond:
        holding.set()
        cond.wait()  # 等待期间把锁让出去
        print("waiter：wait() 返回了，此刻锁又在我手里")


# 1. sleep()：锁一直被占着
t = threading.Thread(target=sleeper)
t.start()
holding.wait()  # 确认子线程已经拿到锁
print(f"sleeper 睡觉期间，主线程 0.1 秒内拿到锁了吗？{cond.acquire(timeout=0.1)}")
done.set()
t.join()

# 2. wait()：锁被让了出来
holding.clear()
t = threading.Thread(target=waiter)
t.start()
holding.wait()
print(f"waiter 等待期间，主线程拿到锁了吗？{cond.acquire(timeout=5)}")
cond.notify()  # 唤醒 waiter，但锁还在主线程手里
print("主线程：已经 notify()，可锁还没放，waiter 只能接着等")
cond.release()
t.join()
