"""as_completed() 按完成的先后交出 Future；用字典记住每个 Future 对应的输入。"""
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

N = 4
go = [threading.Event() for _ in range(N)]


def task(x):
    go[x].wait(timeout=5)  # 等主线程放行
    return x * 10


with ThreadPoolExecutor(max_workers=N) as executor:
    futures = {executor.submit(task, x): x for x in range(N)}
    go[N - 1].set()  # 先放行最后一个任务，之后每完成一个再放行它前面的那个
    for future in as_completed(futures):
        x = futures[future]
        print(f"输入 {x} 完成，结果 {future.result()}")
        if x > 0:
            go[x - 1].set()
    print(f"按提交顺序取结果：{[f.result() for f in futures]}")
