"""新线程从启动者的上下文副本开始时，decimal 的精度跟过去了，而且两边共用同一个上下文对象。"""
import contextvars
import decimal
import threading

decimal.getcontext().prec = 5
main_ctx = decimal.getcontext()


def worker():
    ctx = decimal.getcontext()
    print(f"新线程：prec = {ctx.prec}，和主线程是同一个 decimal 上下文对象：{ctx is main_ctx}")
    ctx.prec = 3  # 改的是主线程也在用的那个对象


def careful_worker():
    with decimal.localcontext(prec=3):  # 在当前上下文的副本上改，离开 with 块就恢复
        print(f"新线程：localcontext 里 1/7 = {decimal.Decimal(1) / 7}")


for target in (worker, careful_worker):
    inherited = contextvars.copy_context()  # 3.14 的自由线程构建里，Thread.start() 默认就做这一步
    t = threading.Thread(target=inherited.run, args=(target,))
    t.start()
    t.join()
    print(f"主线程：prec = {decimal.getcontext().prec}")
    decimal.getcontext().prec = 5
