"""让池里的异常现身：get() 会重新抛出它，error_callback 会收到它。"""
from multiprocessing import Pool


def parse(text):
    return int(text)


errors = []

if __name__ == "__main__":
    with Pool(2) as pool:
        # 办法一：对每个 AsyncResult 调用 get()，异常在主进程里重新抛出
        for r in [pool.apply_async(parse, (t,)) for t in ("1", "abc")]:
            try:
                print(f"get() 得到 {r.get(timeout=5)!r}")
            except ValueError as exc:
                print(f"get() 重新抛出：{exc!r}")
                print(f"  __cause__ 带着子进程里的回溯：{type(exc.__cause__).__name__}")

        # 办法二：error_callback，和 callback 一样在主进程的结果线程里调用
        r = pool.apply_async(parse, ("xyz",), error_callback=errors.append)
        r.wait()
        print(f"error_callback 收到：{errors[0]!r}")

        # map 只要有一个任务失败，整个调用就抛出（第一个）异常
        try:
            pool.map(parse, ["1", "2", "oops"])
        except ValueError as exc:
            print(f"map() 抛出：{exc!r}")
