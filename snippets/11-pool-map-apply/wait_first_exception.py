"""wait(return_when=FIRST_EXCEPTION) 在第一个异常出现时返回；shutdown(cancel_futures=True) 取消排队的任务。"""
import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

release = threading.Event()
started = set()


def task(name):
    started.add(name)
    if name == "B":
        raise ValueError(f"任务 {name} 出错")
    release.wait(timeout=5)  # 其余任务一直等到主线程放行
    return name


executor = ThreadPoolExecutor(max_workers=2)
futures = {executor.submit(task, name): name for name in "ABCDEF"}
done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
print(f"wait 返回时 done 里的任务：{sorted(futures[f] for f in done)}")
print(f"出错的原因：{next(iter(done)).exception()!r}")

executor.shutdown(wait=False, cancel_futures=True)  # 取消还在排队的任务
release.set()                                       # 放行已经开始的任务
executor.shutdown(wait=True)                        # 等它们结束

cancelled = {futures[f] for f in futures if f.cancelled()}
print(f"有任务被取消：{'是' if cancelled else '否'}")
print(f"被取消的任务一个也没有开始：{'是' if not cancelled & started else '否'}")
print(f"开始了的任务都没被取消：{'是' if all(not f.cancelled() for f in futures if futures[f] in started) else '否'}")
