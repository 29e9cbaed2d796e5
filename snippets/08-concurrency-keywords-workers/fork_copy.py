"""os.fork()（仅 Unix）：调用一次、返回两次；子进程得到父进程内存的一份副本，之后各改各的。"""
import os

fruits = ["apple"]
parent = os.getpid()
print("fork 之前：只有一个进程", flush=True)  # fork 前先把缓冲区清空，原因见第 7 章

pid = os.fork()
if pid == 0:  # 子进程里 fork() 返回 0
    fruits.append("banana")
    print(f"子进程：fork() 返回 0；我的父进程就是原来那个进程：{os.getppid() == parent}")
    print(f"子进程：fruits = {fruits}", flush=True)
    os._exit(0)  # 子进程到此为止，不去执行后面父进程的代码；_exit 不清缓冲区，所以上面要 flush

# 父进程里 fork() 返回子进程的 pid
_, status = os.waitpid(pid, 0)  # 等子进程结束并回收它，输出顺序因此固定
print(f"父进程：fork() 返回了子进程的 pid（正整数）：{pid > 0}，子进程退出码 {os.waitstatus_to_exitcode(status)}")
print(f"父进程：fruits = {fruits}（子进程的修改不影响父进程）")
