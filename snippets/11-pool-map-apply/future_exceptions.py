"""任务里的异常存进 Future：exception() 取出它，result() 在调用方重新抛出它。"""
from concurrent.futures import ProcessPoolExecutor


def parse(text):
    return int(text)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(parse, "abc")
        print(f"exception() 返回异常、不抛出：{future.exception()!r}")
        try:
            future.result()
        except ValueError as exc:
            print(f"result() 重新抛出：{exc!r}")
            remote = 'line 6, in parse' in str(exc.__cause__)
            print(f"  __cause__ 带着工作进程里的回溯：{'是' if remote else '否'}")

        results = executor.map(parse, ["1", "2", "oops", "4"])
        got = []
        try:
            for value in results:
                got.append(value)
        except ValueError as exc:
            print(f"map：先交出 {got}，轮到出错的那个时抛出 {exc!r}")

        executor.submit(parse, "没人看的异常")  # 没有人调用 result()/exception()
    print("with 正常结束：没人去取的异常不会打印出来")
