"""get() 抛出的异常不处理时，回溯里能看到子进程那一侧的原始回溯。"""
from multiprocessing import Pool


def parse(text):
    return int(text)


if __name__ == "__main__":
    with Pool(2) as pool:
        result = pool.apply_async(parse, ("abc",))
        print(result.get(timeout=5))
# snippet: exit=1
