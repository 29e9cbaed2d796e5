"""Event 是一次性的“开门”，所有等待者一起放行；Condition 可以反复通知，每次叫醒指定个数的线程。"""
import threading

# Event：set() 一次，所有 wait() 都返回；之后再 wait() 也立刻返回，直到 clear()
gate = threading.Event()
passed = []


def wait_at_gate():
    gate.wait()
    passed.append(threading.current_thread().name)


waiters = [threading.Thread(target=wait_at_gate) for _ in range(3)]
for t in waiters:
    t.start()
gate.set()
for t in waiters:
    t.join()
print(f"Event：set() 一次，放行了 {len(passed)} 个线程；再 wait() 立刻返回：{gate.wait(0)}")

# Condition：每放进一件货 notify(1) 一次，只叫醒一个消费者
cond = threading.Condition()
items, taken = [], []


def consumer():
    with cond:
        cond.wait_for(lambda: items)  # 条件不满足就睡，醒来后重新检查
        taken.append(items.pop(0))


consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in consumers:
    t.start()
for item in ("货物1", "货物2", "货物3"):
    with cond:
        items.append(item)
        cond.notify(1)
for t in consumers:
    t.join()
print(f"Condition：通知 3 次，每件货恰好被取走一次：{sorted(taken)}")
