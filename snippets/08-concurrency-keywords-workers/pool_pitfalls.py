"""进程池的两个坑：args 少了逗号时任务并非“不执行”，而是出错了却没人知道；close() 之前 join() 会报错。"""
from multiprocessing import Pool


def square(x):
    return x * x


def on_result(result):
    print(f"callback 收到：{result}")


def on_error(error):
    print(f"error_callback 收到：{type(error).__name__}: {error}")


if __name__ == "__main__":
    with Pool(2) as pool:
        # (5) 只是加了括号的 5，不是元组；(5,) 才是
        silent = pool.apply_async(square, args=(5), callback=on_result)
        silent.wait()
        print(f"没有回调、没有报错，像是“没执行”；其实 ready() = {silent.ready()}，successful() = {silent.successful()}")
        try:
            silent.get()
        except TypeError as error:
            print(f"get() 把子进程里的异常重新抛出：{error}")

        pool.apply_async(square, args=(5), callback=on_result, error_callback=on_error).wait()
        pool.apply_async(square, args=(5,), callback=on_result).wait()  # 正确写法

        try:
            pool.join()
        except ValueError as error:
            print(f"close() 之前 join()：{type(error).__name__}: {error}")
        pool.close()
        pool.join()
