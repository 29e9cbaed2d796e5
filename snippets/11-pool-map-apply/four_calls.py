"""Pool 的四种提交方式各调用一次，外加处理多参数的 starmap。"""
from multiprocessing import Pool


def square(x):
    return x * x


def add(x, y):
    return x + y


if __name__ == "__main__":
    pairs = [(1, 1), (2, 2), (3, 3)]
    with Pool(2) as pool:
        # map：一个函数、一个可迭代对象，函数只接收一个参数；阻塞到全部完成
        print("map        ", pool.map(square, [1, 2, 3]))

        # apply：一次提交一个调用，参数随意；阻塞到它完成
        print("apply      ", [pool.apply(add, (x, y)) for x, y in pairs])

        # map_async：和 map 一样批量提交，但立刻返回一个 MapResult
        async_map = pool.map_async(square, [1, 2, 3])
        print("map_async  ", async_map.get())

        # apply_async：一次提交一个，立刻返回 AsyncResult；这里先全部提交，再逐个 get()
        handles = [pool.apply_async(add, (x, y)) for x, y in pairs]
        print("apply_async", [h.get() for h in handles])

        # 多参数又想批量提交：starmap（还有 starmap_async）
        print("starmap    ", pool.starmap(add, pairs))
