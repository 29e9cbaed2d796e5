"""RLock（可重入锁）：同一个线程可以多次获得它；普通 Lock 在同一线程里再获得一次就会卡死。"""
import threading


class Account:
    def __init__(self, lock):
        self.lock = lock
        self.balance = 100

    def withdraw(self, amount):
        with self.lock:
            self.balance -= amount

    def transfer_fee(self):
        """先扣手续费，再取款：拿着锁又调用了同样要拿这把锁的 withdraw()。"""
        with self.lock:
            self.balance -= 1
            self.withdraw(10)


account = Account(threading.RLock())
account.transfer_fee()
print("RLock：余额", account.balance)

# 普通 Lock 不记得是谁拿着它：同一线程第二次 acquire() 会一直等下去（死锁）。
# 这里用 timeout 代替无限等待，好让程序能结束。
lock = threading.Lock()
lock.acquire()
print("Lock：同一线程再 acquire(timeout=0.2)：", lock.acquire(timeout=0.2))
lock.release()

rlock = threading.RLock()
rlock.acquire()
print("RLock：同一线程再 acquire(timeout=0.2)：", rlock.acquire(timeout=0.2))
rlock.release()
rlock.release()  # 获得几次，就要释放几次
try:
    rlock.release()
except RuntimeError as error:
    print(f"RLock：多释放一次：{type(error).__name__}: {error}")
