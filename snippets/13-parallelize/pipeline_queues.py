"""生产者消费者（流水线）：每一步一个专职线程，步与步之间用队列连接。"""
# snippet: vary=约 \d+ 个单位
import queue
import threading
import time

UNIT = 0.05  # 一个时间单位：0.05 秒
ITEMS = "abc"  # 三个子任务
DONE = object()  # 哨兵：上游告诉下游“不会再有新东西了”


def run(units=None):
    """跑一遍玩具任务，返回每一步的记录 (谁做的, 哪一步, 开始, 结束)，时间以秒计。"""
    units = units or {}
    log = []
    t0 = time.perf_counter()

    def step(n, item):  # 子任务 item 的第 n 步：用 sleep 模拟一次耗时的 I/O
        label = f"{item}{n}"
        start = time.perf_counter() - t0
        time.sleep(UNIT * units.get(label, 1))
        log.append((threading.current_thread().name, label, start, time.perf_counter() - t0))
        return item

    # [start-core]
    def worker(n, inbox, outbox):  # 第 n 步的专职线程：从 inbox 取，做完放进 outbox
        while (item := inbox.get()) is not DONE:
            outbox.put(step(n, item))
        outbox.put(DONE)  # 上游结束了，把哨兵传给下游

    source, q12, q23, sink = queue.Queue(), queue.Queue(), queue.Queue(), queue.Queue()
    for item in ITEMS:
        source.put(item)
    source.put(DONE)
    boxes = [source, q12, q23, sink]
    workers = [
        threading.Thread(target=worker, args=(n, boxes[n - 1], boxes[n]), name=f"第 {n} 步")
        for n in (1, 2, 3)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    results = [sink.get() for _ in ITEMS]
    # [end-core]
    assert results == list(ITEMS) and sink.get() is DONE
    return log


if __name__ == "__main__":
    log = run()
    by_start = sorted(log, key=lambda r: r[2])
    for n in (1, 2, 3):
        done = " ".join(label for who, label, _, _ in by_start if who == f"第 {n} 步")
        print(f"“第 {n} 步”线程依次处理：{done}")
    total, ideal = max(end for *_, end in log) / UNIT, 5
    print(f"总耗时：约 {round(total)} 个单位（理想值 {ideal}）")
    print(f"总耗时比理想值多不到 1 个单位：{'是' if total < ideal + 1 else '否'}")
