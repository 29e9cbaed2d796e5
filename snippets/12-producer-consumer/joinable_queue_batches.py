"""JoinableQueue 的长处：消费者常驻，主进程用 join() 得知“这一批处理完了”。"""
from multiprocessing import JoinableQueue, Process, Queue

STOP = None


def consumer(q, results):
    while True:
        item = q.get()
        try:
            if item is STOP:
                break
            results.put(item * item)
        finally:
            q.task_done()  # 哨兵也要 task_done()，否则 join() 永远等不到 0


if __name__ == "__main__":
    q, results = JoinableQueue(), Queue()
    consumers = [Process(target=consumer, args=(q, results)) for _ in range(2)]
    for c in consumers:
        c.start()

    for batch in ([1, 2, 3], [4, 5, 6, 7]):
        for x in batch:
            q.put(x)
        q.join()  # 阻塞到这一批每一件都 task_done()
        squares = sorted(results.get() for _ in batch)
        print(f"这一批处理完了：{batch} → {squares}；消费者都还在：{all(c.is_alive() for c in consumers)}")

    for _ in consumers:
        q.put(STOP)
    q.join()
    for c in consumers:
        c.join()
    print(f"收到哨兵后，消费者的退出码：{[c.exitcode for c in consumers]}")
