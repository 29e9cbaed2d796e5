"""lambda 不能 pickle：spawn/forkserver 启动的 Process 和任何 Pool 都会失败，fork 启动的 Process 却可以。"""
# snippet: vary=0x[0-9a-f]+
import multiprocessing as mp

# 名字叫 double，函数对象自己的 __name__ 却是 '<lambda>'
double = lambda x: x * 2  # noqa: E731


def double_def(x):
    return x * 2


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        p = mp.get_context(method).Process(target=double, args=(1,))
        try:
            # spawn/forkserver：要把 Process 对象连同 target 一起 pickle 给新进程
            p.start()
            p.join()
            print(f"{method:<10} Process(target=lambda)：成功，退出码 {p.exitcode}")
        except Exception as exc:
            print(f"{method:<10} Process(target=lambda)：{type(exc).__name__}: {exc}")

    # Pool 经由队列把任务发给工作进程，总要 pickle
    with mp.get_context("fork").Pool(2) as pool:
        for func in (double, double_def):
            label = f"fork       Pool.map({func.__name__})"
            try:
                print(f"{label}：{pool.map(func, [1, 2, 3])}")
            except Exception as exc:
                print(f"{label}：{type(exc).__name__}: {exc}")
