"""apply_async 的任务抛了异常，却没有人取结果：异常悄无声息地消失了。"""
from multiprocessing import Pool


def parse(text):
    return int(text)  # "abc" 会引发 ValueError


if __name__ == "__main__":
    with Pool(2) as pool:
        results = [pool.apply_async(parse, (t,)) for t in ("1", "abc", "3")]
        # lambda 无法被 pickle，这个任务根本没能发给子进程，同样没有任何提示
        results.append(pool.apply_async(lambda t: int(t), ("4",)))
        pool.close()
        pool.join()  # 等所有任务结束
    print("程序正常跑完，终端里没有任何报错")
    print(f"各任务是否成功：{[r.successful() for r in results]}")
