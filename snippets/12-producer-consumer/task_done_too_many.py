"""task_done() 的调用次数多于取出的数据件数时，JoinableQueue 抛出 ValueError。"""
from multiprocessing import JoinableQueue

q = JoinableQueue()
q.put("包子0")
print(f"取出：{q.get()}")
q.task_done()
print("第一次 task_done()：正常")
q.task_done()
# snippet: exit=1
