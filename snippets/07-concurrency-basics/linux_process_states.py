"""在 Linux 上从 /proc 读出一个子进程真实的调度状态：阻塞时是 S，计算时是 R，退出未回收时是 Z。"""
import subprocess
import sys
import time

# 子进程每进入一个阶段，先向父进程报一声（一行文字），父进程再去看它的状态
CHILD = """
import select, sys, time
print("等输入", flush=True)
name = input()                                   # 1. 等用户输入
print("计算", flush=True)
while not select.select([sys.stdin], [], [], 0)[0]:
    sum(range(1000))                             # 2. 一直计算，直到父进程再发一行
sys.stdin.readline()
print("睡眠", flush=True)
time.sleep(0.5)                                  # 3. 睡眠
"""                                              # 4. 结束


def state(pid):
    """/proc/<pid>/stat 的第 3 个字段就是状态字母；进程已被回收时文件不存在。"""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return None


def wait_for_state(pid, wanted, limit=3.0):
    """反复查看，直到子进程进入 wanted 状态（最多等 limit 秒），返回看到的状态。"""
    deadline = time.monotonic() + limit
    while (seen := state(pid)) != wanted and time.monotonic() < deadline:
        time.sleep(0.001)
    return seen


child = subprocess.Popen([sys.executable, "-c", CHILD], text=True,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
child.stdout.readline()  # “等输入”
print("1. 在 input() 处等输入：", wait_for_state(child.pid, "S"))
child.stdin.write("张三\n")
child.stdin.flush()
child.stdout.readline()  # “计算”
print("2. 拿到输入后做计算：  ", wait_for_state(child.pid, "R"))
child.stdin.write("停\n")
child.stdin.flush()
child.stdout.readline()  # “睡眠”
print("3. 在 time.sleep() 里：", wait_for_state(child.pid, "S"))
print("4. 已经退出、还没回收：", wait_for_state(child.pid, "Z"))
child.wait()  # 父进程回收子进程，它才从进程表里消失
child.stdin.close()
child.stdout.close()
print("5. 父进程 wait() 之后：", state(child.pid))
