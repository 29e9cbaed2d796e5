"""真正的崩溃（这里用 ctypes 读地址 0，触发段错误）：发生在线程里，整个进程都死；发生在子进程里，父进程不受影响。"""
import subprocess
import sys
from multiprocessing import Process

CRASH = """
import ctypes, resource
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # 不写 core 文件
ctypes.string_at(0)                               # 读地址 0：段错误（SIGSEGV）
"""

THREAD_CRASH = f"""
import threading
CRASH = {CRASH!r}
t = threading.Thread(target=exec, args=(CRASH,))
t.start()
t.join()
print("主线程：我还活着")                          # 永远不会打印
"""


def crash_in_child():
    exec(CRASH)


if __name__ == "__main__":
    # 1. 另起一个 Python 进程，让它的一个线程崩溃
    result = subprocess.run([sys.executable, "-c", THREAD_CRASH], capture_output=True, text=True)
    print(f"线程崩溃：整个进程的返回码是 {result.returncode}（负数 -N 表示被信号 N 杀死，11 是 SIGSEGV）")
    print("线程崩溃：主线程打印了什么？", repr(result.stdout))

    # 2. 用 multiprocessing 起一个子进程，让它崩溃
    p = Process(target=crash_in_child)
    p.start()
    p.join()
    print(f"子进程崩溃：子进程的 exitcode 是 {p.exitcode}")
    print("子进程崩溃：父进程照常运行到这里")
