"""进程之间内存隔离：子进程把全局变量 n 改成 0，主进程里的 n 仍然是 100。三种启动方式都是这样。"""
import multiprocessing

n = 100  # 放在模块顶层：用 spawn、forkserver 启动的子进程重新导入本模块时也会得到它


def work(method):
    global n
    n = 0
    print(f"{method}：子进程内 n = {n}")


if __name__ == "__main__":
    print("这个平台上的启动方式：", multiprocessing.get_all_start_methods())
    print("默认的启动方式：", multiprocessing.get_start_method())
    for method in multiprocessing.get_all_start_methods():
        p = multiprocessing.get_context(method).Process(target=work, args=(method,))
        p.start()
        p.join()  # 先等子进程结束再打印，输出顺序才固定
        print(f"{method}：主进程内 n = {n}")
