"""os.fork() 调用一次、返回两次：子进程里得到 0，父进程里得到子进程的 pid。"""
import os

parent_pid = os.getpid()
print("fork 之前：只有一个进程在运行这一行", flush=True)  # flush 的原因见下一个例子

pid = os.fork()
if pid == 0:
    # 子进程：fork() 返回 0；自己的 pid 可以用 os.getpid() 取得
    print(f"子进程：fork() 返回 {pid}，os.getppid() 是原来那个进程：{os.getppid() == parent_pid}",
          flush=True)
    os._exit(0)  # 子进程到此结束，不再执行后面的父进程代码

# 父进程：fork() 返回子进程的 pid
os.waitpid(pid, 0)  # 先等子进程结束，输出顺序就固定了
print(f"父进程：fork() 返回了一个正整数（子进程的 pid）：{pid > 0}")
print(f"父进程：自己的 pid 没变：{os.getpid() == parent_pid}")
