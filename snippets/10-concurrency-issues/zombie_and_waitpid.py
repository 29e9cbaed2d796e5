"""子进程退出后、父进程 wait 之前，它是僵尸（Z）；os.waitpid() 回收它。"""
import os
import time


def state(pid):
    """Linux：读 /proc/<pid>/stat 的第 3 个字段；进程表里已没有它时返回 None。"""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return None


pid = os.fork()
if pid == 0:
    os._exit(3)  # 子进程立刻以退出码 3 结束

deadline = time.monotonic() + 5
while state(pid) != "Z" and time.monotonic() < deadline:
    time.sleep(0.01)  # 等子进程真正退出
print(f"子进程已经退出，父进程还没 wait：状态 {state(pid)}（Z = zombie，僵尸）")

reaped, status = os.waitpid(pid, 0)  # 回收：取走退出状态，内核删掉进程表项
print(f"waitpid 返回的正是这个子进程：{reaped == pid}")
print(f"它的退出码：{os.waitstatus_to_exitcode(status)}")
print(f"回收之后进程表里还有它吗：{state(pid) is not None}")
