"""守护子进程是父进程退出时的清理代码终止的：父进程跳过清理就退出时，守护子进程活了下来，成了孤儿进程。"""
import os
import time
from multiprocessing import Pipe, Process, parent_process


def helper(writer):
    time.sleep(0.5)  # 这时 boss 早已退出
    writer.send(f"守护子进程还在运行，它的父进程还活着吗？{parent_process().is_alive()}")


def boss(writer, skip_cleanup):
    Process(target=helper, args=(writer,), daemon=True).start()
    if skip_cleanup:
        os._exit(0)  # 像被 SIGKILL 杀掉或崩溃一样：不执行 multiprocessing 的退出清理
    # 正常结束：退出时的清理代码先终止守护子进程


if __name__ == "__main__":
    for skip_cleanup in (False, True):
        reader, writer = Pipe(duplex=False)
        p = Process(target=boss, args=(writer, skip_cleanup))
        p.start()
        writer.close()  # 主进程自己不写；写端的副本全部关闭后，reader 读到 EOF
        p.join()
        messages = []
        try:
            while True:
                messages.append(reader.recv())
        except EOFError:  # boss 和 helper 都已退出，写端全部关闭
            pass
        reader.close()
        how = "跳过清理（os._exit）" if skip_cleanup else "正常退出"
        detail = messages[0] if messages else "守护子进程和它一起结束了，没有发来消息"
        print(f"父进程{how}：{detail}")
