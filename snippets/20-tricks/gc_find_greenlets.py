"""排障技巧：用 gc.get_objects() 找出所有还活着的 greenlet，把它们各自停在哪里的调用栈写进文件。"""

import gc
import traceback
from pathlib import Path

import greenlet  # gevent 的依赖，随 requirements.txt 安装


def fetch_data(source):
    # 模拟一个卡在半路的任务：切回主 greenlet 后就再也没人切回来
    greenlet.getcurrent().parent.switch(f"{source} 等待中")


def worker(source):
    fetch_data(source)


tasks = [greenlet.greenlet(worker) for _ in range(2)]
for task, source in zip(tasks, ("数据库", "缓存")):
    print("启动任务，它返回：", task.switch(source))

# 假设手里已经没有 tasks 这个列表了：从垃圾回收器跟踪的全部对象里把 greenlet 找出来。
# bool(g) 为真表示它已启动、尚未结束；主 greenlet 的 gr_frame 是 None，一并排除
alive = [o for o in gc.get_objects()
         if isinstance(o, greenlet.greenlet) and o and o.gr_frame is not None]
print("找到活着的 greenlet：", len(alive))

alive.sort(key=lambda g: g.gr_frame.f_locals["source"])  # 按局部变量 source 排序，输出顺序固定
stack = "\n".join(f"# source = {g.gr_frame.f_locals['source']}\n"
                  + "".join(traceback.format_stack(g.gr_frame)) for g in alive)
Path("greenlet-stacks.txt").write_text(stack, encoding="utf-8")  # 实际排障时可写到 /tmp/stack-<pid>.txt
print("--- greenlet-stacks.txt ---")
print(stack, end="")

for task in tasks:  # 收尾：让挂起的 greenlet 抛出 GreenletExit 结束
    task.throw()
print("收尾之后还活着的：", sum(1 for t in tasks if t))
