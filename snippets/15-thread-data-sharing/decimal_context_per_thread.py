"""默认构建里 decimal 的上下文每个线程各有一份：新线程从默认值开始，主线程改的精度它看不到。"""
import decimal
import threading

decimal.getcontext().prec = 5  # 只改了主线程的上下文
print(f"主线程  ：prec = {decimal.getcontext().prec}，1/7 = {decimal.Decimal(1) / 7}")


def worker():
    ctx = decimal.getcontext()
    print(f"新线程  ：prec = {ctx.prec}，1/7 = {decimal.Decimal(1) / 7}")


t = threading.Thread(target=worker)
t.start()
t.join()
