"""孤儿进程：父进程先退出，子进程被“收养”，由新的父进程回收（Linux）。"""
import ctypes
import os
import time

PR_SET_CHILD_SUBREAPER = 36
libc = ctypes.CDLL(None, use_errno=True)
# 让本进程成为“收养者”（subreaper）：它的后代成了孤儿就过继给它，而不是 init
libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
top = os.getpid()

read_end, write_end = os.pipe()
middle = os.fork()
if middle == 0:
    # 中间进程：生一个孙进程，然后自己马上退出
    grandchild = os.fork()
    if grandchild == 0:
        first_parent = os.getppid()
        deadline = time.monotonic() + 5
        while os.getppid() == first_parent and time.monotonic() < deadline:
            time.sleep(0.01)  # 等父进程（中间进程）退出
        adopted = os.getppid() == top
        os.write(write_end, b"1" if adopted else b"0")
        os._exit(0)
    os._exit(0)

os.close(write_end)
os.waitpid(middle, 0)  # 回收中间进程
print("中间进程已退出，它的孩子成了孤儿")
answer = os.read(read_end, 1)
print(f"孤儿的新父进程是本进程（subreaper）：{answer == b'1'}")
pid, status = os.waitpid(-1, 0)  # 孤儿现在是我们的子进程，由我们回收
print(f"回收了孤儿，退出码：{os.waitstatus_to_exitcode(status)}")
