"""map/apply 阻塞并直接给出结果；map_async/apply_async 立刻返回一个“将来的结果”。"""
import time
from multiprocessing import Pool


def slow_square(x):
    time.sleep(0.2)
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        value = pool.apply(slow_square, (3,))
        print(f"apply       返回 {type(value).__name__}：{value}")
        values = pool.map(slow_square, [1, 2])
        print(f"map         返回 {type(values).__name__}：{values}")

        handle = pool.apply_async(slow_square, (3,))
        print(f"apply_async 返回 {type(handle).__name__}，刚提交时 ready() = {handle.ready()}")
        print(f"            get() 阻塞到完成：{handle.get()}，之后 ready() = {handle.ready()}")

        handle = pool.map_async(slow_square, [1, 2])
        print(f"map_async   返回 {type(handle).__name__}，刚提交时 ready() = {handle.ready()}")
        print(f"            get() 阻塞到完成：{handle.get()}")
