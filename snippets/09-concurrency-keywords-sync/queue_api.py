"""队列的常用方法：qsize、empty、full、put/get 及它们的 _nowait 版本和超时。"""
import queue

q = queue.Queue(maxsize=2)  # 最多放 2 个
q.put("A")
q.put("B")
print(f"qsize() = {q.qsize()}，empty() = {q.empty()}，full() = {q.full()}")

try:
    q.put_nowait("C")  # 等价于 q.put("C", block=False)
except queue.Full:
    print("put_nowait：队列满了，抛出 queue.Full")
try:
    q.put("C", timeout=0.1)  # 最多等 0.1 秒
except queue.Full:
    print("put(timeout=0.1)：等了 0.1 秒还是满的，抛出 queue.Full")

print(f"get() = {q.get()}，get_nowait() = {q.get_nowait()}")  # 先进先出
try:
    q.get_nowait()  # 等价于 q.get(block=False)
except queue.Empty:
    print("get_nowait：队列空了，抛出 queue.Empty")
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("get(timeout=0.1)：等了 0.1 秒还是空的，抛出 queue.Empty")
