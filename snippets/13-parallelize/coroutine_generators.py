"""协程的原理：生成器在等待处 yield 让出控制权，一个小调度器按到期时间轮流唤醒它们。"""
# snippet: vary=约 \d+ 个单位
import heapq
import threading
import time

UNIT = 0.05  # 一个时间单位：0.05 秒
ITEMS = "abc"  # 三个子任务


def run(units=None, trace=None):
    """跑一遍玩具任务，返回每一步的记录 (谁做的, 哪一步, 开始, 结束)，时间以秒计。
    trace 是一个列表时，调度器每唤醒一个协程就往里记下它的名字。"""
    units = units or {}
    log = []
    t0 = time.perf_counter()

    def now():
        return time.perf_counter() - t0

    # [start-core]
    def all_steps(item):  # 一个“协程”：普通的生成器函数
        for n in (1, 2, 3):
            label, start = f"{item}{n}", now()
            yield UNIT * units.get(label, 1)  # “我要等这么久”：把控制权交还调度器
            log.append((f"协程 {item}", label, start, now()))  # 被唤醒时，这一步等完了

    def scheduler(coroutines):  # 事件循环：谁的等待先到期，就先唤醒谁
        timers = [(0.0, i, co) for i, co in enumerate(coroutines)]  # (到期时刻, 序号, 协程)
        while timers:
            when, i, co = heapq.heappop(timers)
            time.sleep(max(0.0, when - now()))  # 没有别的事可做：睡到最近的到期时刻
            if trace is not None:
                trace.append(ITEMS[i])
            try:
                delay = next(co)  # 唤醒它，一直运行到下一个 yield
            except StopIteration:
                continue  # 这个协程做完了
            heapq.heappush(timers, (now() + delay, i, co))

    scheduler([all_steps(item) for item in ITEMS])
    # [end-core]
    return log


if __name__ == "__main__":
    trace = []
    log = run(trace=trace)
    print(f"调度器唤醒协程的顺序：{' '.join(trace)}")
    print(f"只用了一个线程：{threading.active_count() == 1}")
    total, ideal = max(end for *_, end in log) / UNIT, 3
    print(f"总耗时：约 {round(total)} 个单位（理想值 {ideal}）")
    print(f"总耗时比理想值多不到 1 个单位：{'是' if total < ideal + 1 else '否'}")
