"""按上图的步骤强制两个线程交错：两次 count += 1，结果只加了 1。"""
import threading

count = 0
log = []
t1_has_read = threading.Event()   # 线程 1 读完 count，被切走
t2_has_written = threading.Event()  # 线程 2 完整地做完了一次 +1


def thread_1():
    global count
    local = count                              # ① 读到 0
    log.append(f"线程 1：读到 count = {local}，还没写回就被切走")
    t1_has_read.set()
    t2_has_written.wait()                      # 此时 GIL 在线程 2 手里
    count = local + 1                          # ④ 用过期的值写回
    log.append(f"线程 1：重新拿到 GIL，写回 count = {local + 1}")


def thread_2():
    global count
    t1_has_read.wait()
    local = count                              # ② 也读到 0
    log.append(f"线程 2：读到 count = {local}")
    count = local + 1                          # ③ 写回 1
    log.append(f"线程 2：写回 count = {local + 1}")
    t2_has_written.set()


threads = [threading.Thread(target=thread_1), threading.Thread(target=thread_2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for i, line in enumerate(log, start=1):
    print(f"{i}. {line}")
print(f"两个线程各加了一次 1，最后 count = {count}")
