"""事件驱动：每一步做完就发出事件，由订阅它的下一步接着做；事件记下了任务的来龙去脉。"""
# snippet: vary=约 \d+ 个单位
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

UNIT = 0.05  # 一个时间单位：0.05 秒
ITEMS = "abc"  # 三个子任务
WORKERS = 3  # 执行事件处理函数的线程数


class EventBus:
    """极简的事件总线：emit() 把订阅者交给线程池去执行，自己立即返回。"""

    def __init__(self, workers):
        self._handlers = defaultdict(list)
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="事件线程")
        self._pending = 0  # 已经发出、还没处理完的事件数
        self._idle = threading.Condition()
        self.errors = []  # (事件名, 事件内容, 异常)

    def on(self, event):  # 装饰器：订阅一个事件
        def register(handler):
            self._handlers[event].append(handler)
            return handler
        return register

    def emit(self, event, **payload):
        for handler in self._handlers[event]:
            with self._idle:
                self._pending += 1
            self._pool.submit(self._dispatch, handler, event, payload)

    def _dispatch(self, handler, event, payload):
        try:
            handler(**payload)
        except Exception as exc:  # 出错时，触发它的事件就是现成的“案发现场”
            self.errors.append((event, payload, exc))
        finally:
            with self._idle:
                self._pending -= 1
                self._idle.notify_all()

    def wait_idle(self):  # 等到所有事件（包括处理中新发出的）都处理完
        with self._idle:
            self._idle.wait_for(lambda: self._pending == 0)

    def close(self):
        self._pool.shutdown()


def run(units=None, broken=()):
    """跑一遍玩具任务，返回 (每一步的记录, 总线)。记录是 (谁做的, 哪一步, 开始, 结束)。
    broken 里列出的步骤（如 "b2"）会抛出异常，用来演示怎样从事件追查错误。"""
    units = units or {}
    log = []
    t0 = time.perf_counter()

    def step(n, item):  # 子任务 item 的第 n 步：用 sleep 模拟一次耗时的 I/O
        label = f"{item}{n}"
        start = time.perf_counter() - t0
        time.sleep(UNIT * units.get(label, 1))
        if label in broken:
            raise ValueError(f"{label} 读到了坏数据")
        log.append((threading.current_thread().name, label, start, time.perf_counter() - t0))

    bus = EventBus(WORKERS)

    @bus.on("收到任务")
    def first(item, source):
        step(1, item)
        bus.emit("第 1 步完成", item=item, source=source)  # 把原始参数一路带下去

    @bus.on("第 1 步完成")
    def second(item, source):
        step(2, item)
        bus.emit("第 2 步完成", item=item, source=source)

    @bus.on("第 2 步完成")
    def third(item, source):
        step(3, item)

    for item in ITEMS:
        bus.emit("收到任务", item=item, source=f"/data/{item}.csv")
    bus.wait_idle()
    return log, bus


if __name__ == "__main__":
    log, bus = run()
    bus.close()
    print(f"九个步骤全部完成：{sorted(label for _, label, _, _ in log)}")
    total, ideal = max(end for *_, end in log) / UNIT, 3
    print(f"总耗时：约 {round(total)} 个单位（理想值 {ideal}）")
    print(f"总耗时比理想值多不到 1 个单位：{'是' if total < ideal + 1 else '否'}")

    broken = {"b2"}  # 让 b 的第 2 步出错
    log, bus = run(broken=broken)
    (event, payload, exc), = bus.errors
    print(f"出错：处理事件 {event!r} {payload} 时 {exc!r}")

    bus.errors.clear()
    bus.emit(event, **payload)  # 原样重放这一个事件：错误稳定复现，不必重跑整个任务
    bus.wait_idle()
    print(f"重放：{bus.errors[0][2]!r}")

    broken.clear()  # “修好” bug 之后再重放一次，只补做 b 剩下的两步
    bus.errors.clear()
    bus.emit(event, **payload)
    bus.wait_idle()
    bus.close()
    print(f"修好后重放：出错 {len(bus.errors)} 次")
    print(f"完成的步骤：{sorted(label for _, label, _, _ in log)}")
