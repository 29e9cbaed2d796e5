"""Linux 上的三种启动方式；3.12 起，进程里还有别的线程时 fork 会发出 DeprecationWarning。"""
# snippet: vary=pid=\d+
import multiprocessing as mp
import threading
import warnings

if __name__ == "__main__":
    print(f"默认启动方式：{mp.get_start_method()}")
    print(f"本平台可用的：{mp.get_all_start_methods()}")

    warnings.simplefilter("default")  # 这条警告出自标准库内部，默认的过滤规则不显示它
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()                    # 现在进程里有两个线程
    p = mp.get_context("fork").Process(target=int)
    # fork 只复制调用它的那个线程：别的线程持有的锁，在子进程里可能永远不释放
    p.start()
    p.join()
    stop.set()
    helper.join()
    print(f"子进程退出码：{p.exitcode}")
