"""锁跟着它保护的数据走：类级别的数据用类锁，实例自己的数据用实例锁。"""
import threading


class Account:
    _count = 0                     # 类级别：统计一共开了多少个账户
    _count_lock = threading.Lock()  # 类锁，所有实例共用

    def __init__(self):
        with Account._count_lock:
            Account._count += 1
        self.balance = 0
        self._lock = threading.Lock()  # 实例锁，只保护这个账户的余额

    def deposit(self, amount):
        with self._lock:
            self.balance += amount


accounts = []
accounts_lock = threading.Lock()


def open_and_deposit():
    account = Account()
    with accounts_lock:
        accounts.append(account)
    for _ in range(1000):
        account.deposit(1)
        shared.deposit(1)          # 同一个账户被所有线程存钱：靠它自己的实例锁


shared = Account()
threads = [threading.Thread(target=open_and_deposit) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"账户总数（类锁保护）：{Account._count}（8 个线程各开 1 个，加上公共账户）")
print(f"公共账户余额（实例锁保护）：{shared.balance}")
print(f"各线程自己的账户余额：{sorted({a.balance for a in accounts})}")
