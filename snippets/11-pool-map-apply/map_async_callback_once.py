"""map_async 的回调只调用一次，参数是整张结果列表；apply_async 的回调每个任务一次。"""
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    calls = []
    with Pool(2) as pool:
        pool.map_async(square, [1, 2, 3], callback=calls.append).wait()
        print(f"map_async：回调调用了 {len(calls)} 次，收到 {calls[0]!r}")

        calls.clear()
        handles = [pool.apply_async(square, (x,), callback=calls.append) for x in [1, 2, 3]]
        for h in handles:
            h.wait()
        print(f"apply_async：回调调用了 {len(calls)} 次，收到 {sorted(calls)}（已排序）")
