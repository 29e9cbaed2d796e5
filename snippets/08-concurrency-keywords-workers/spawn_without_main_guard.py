"""spawn 方式（Windows、macOS 的默认方式）会在子进程里重新导入主模块：没有 if __name__ == "__main__": 保护就会出错。"""
# snippet: vary=tracker_fd=\d+, pipe_handle=\d+
import multiprocessing

print(f"执行模块顶层代码，__name__ = {__name__!r}")


def work():
    print("子进程干活")


ctx = multiprocessing.get_context("spawn")  # 在 Linux 上也强制用 spawn，模拟 Windows 的行为
p = ctx.Process(target=work)
p.start()  # 子进程导入本模块时又执行到这里，又要 start 一个新进程
p.join()
print("子进程的 exitcode：", p.exitcode)
