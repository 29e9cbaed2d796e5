"""fork 的子进程复制父进程此刻的内存；spawn 和 forkserver 重新导入主模块，只看得到模块顶层的初始值。"""
import multiprocessing as mp

who = "父进程" if __name__ == "__main__" else "子进程"
print(f"执行模块顶层代码，__name__ = {__name__!r}，{who}")

config = {"mode": "默认"}  # 模块顶层的初始值


def show_config(method):
    print(f"  {method} 子进程看到 config = {config}")


if __name__ == "__main__":
    config["mode"] = "父进程在 main 里改过"  # 只在父进程里执行
    for method in ("fork", "spawn", "forkserver"):
        p = mp.get_context(method).Process(target=show_config, args=(method,))
        p.start()
        p.join()
    print(f"父进程的 config = {config}")
