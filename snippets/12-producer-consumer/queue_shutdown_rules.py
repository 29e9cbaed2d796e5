"""Queue.shutdown()（3.13 新增）的规则：之后 put() 抛出 ShutDown；get() 先取完剩下的数据，再抛出 ShutDown。"""
import queue

q = queue.Queue()
for item in ("包子0", "包子1"):
    q.put(item)
q.shutdown()

try:
    q.put("包子2")
except queue.ShutDown:
    print("shutdown() 之后 put()：抛出 queue.ShutDown")
print(f"get() 照常取出剩下的：{q.get()}、{q.get()}")
try:
    q.get()  # 没有 shutdown() 时，这里会永远阻塞
except queue.ShutDown:
    print("队列空了再 get()：抛出 queue.ShutDown，不会阻塞")

q = queue.Queue()
q.put("包子0")
q.shutdown(immediate=True)  # 紧急停止：丢弃剩下的数据
try:
    q.get()
except queue.ShutDown:
    print(f"shutdown(immediate=True)：剩下的数据被丢弃，get() 立即抛出 ShutDown；队列里还有 {q.qsize()} 件")
