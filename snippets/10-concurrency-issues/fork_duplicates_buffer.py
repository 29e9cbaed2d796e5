"""fork 时还没写出去的缓冲区会被复制一份，于是同一行被打印两次。"""
import subprocess
import sys

CHILD = '''
import os, sys
print("fork 之前打印的一行")  # stdout 是管道时，这一行还留在缓冲区里
pid = os.fork()                # 子进程得到一份同样的缓冲区
if pid == 0:
    sys.exit(0)                # 正常退出会冲刷缓冲区：写出一次
os.waitpid(pid, 0)             # 父进程退出时又冲刷一次
'''
FIXED = CHILD.replace('打印的一行")', '打印的一行", flush=True)')

env = {"PYTHONIOENCODING": "utf-8"}  # 不设 PYTHONUNBUFFERED：管道上的 stdout 按块缓冲
for title, code in (("不 flush：", CHILD), ("fork 之前 flush=True：", FIXED)):
    result = subprocess.run([sys.executable, "-c", code], capture_output=True,
                            text=True, encoding="utf-8", env=env)
    print(title)
    print(result.stdout, end="")
