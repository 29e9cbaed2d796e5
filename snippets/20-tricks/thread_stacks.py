"""线程版的“活体检查”：threading.enumerate() 列出活着的线程，sys._current_frames() 给出它们此刻的调用栈。"""

import sys
import threading
import time
import traceback

stop = threading.Event()


def wait_for_job():
    # 模拟一个一直等不到任务、卡住了的线程
    stop.wait()


def call_chain(thread):
    """线程此刻的调用链（由外到内的函数名）和调用栈摘要。"""
    stack = traceback.extract_stack(sys._current_frames()[thread.ident])
    return [frame.name for frame in stack], stack


workers = [threading.Thread(target=wait_for_job, name=f"worker-{n}") for n in (1, 2)]
for w in workers:
    w.start()
# 线程刚启动时未必已经走进 stop.wait()，等它们都停在那里再检查
while not all(call_chain(w)[0][-3:] == ["wait_for_job", "wait", "wait"] for w in workers):
    time.sleep(0.01)

others = [t for t in threading.enumerate() if t is not threading.main_thread()]
for t in sorted(others, key=lambda t: t.name):
    names, stack = call_chain(t)
    print(f"{t.name}：", " → ".join(names))
    mine = [frame for frame in stack if frame.filename == __file__][-1]
    print(f"    停在本文件第 {mine.lineno} 行：{mine.line}")

stop.set()
for w in workers:
    w.join()
print("收尾之后还活着的线程：", [t.name for t in threading.enumerate()])
