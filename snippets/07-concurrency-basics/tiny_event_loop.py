"""一个极简的事件驱动程序：事件源只管往队列里放事件，事件循环逐个取出、按类型调用登记好的处理函数。"""
import queue
import threading
import time

events = queue.Queue()  # 事件队列（先进先出）
handlers = {}  # 事件类型 -> 处理函数


def on(kind):
    """登记处理函数的装饰器：@on("click") 表示 click 事件交给它处理。"""
    def register(func):
        handlers[kind] = func
        return func
    return register


@on("click")
def on_click(x, y):
    print(f"  on_click：鼠标点在 ({x}, {y})")


@on("key")
def on_key(char):
    print(f"  on_key：按下了 {char!r}")
    if char == "q":
        events.put(("quit", ()))  # 处理函数也可以产生新事件


def devices():
    """事件源：模拟鼠标和键盘。它们不调用处理函数，只把事件放进队列。"""
    for event in [("click", (10, 20)), ("key", ("a",)), ("click", (30, 5)), ("scroll", (-1,)), ("key", ("q",))]:
        time.sleep(0.05)
        events.put(event)


source = threading.Thread(target=devices)
source.start()

# 事件循环：没有事件时阻塞在 get() 上，不占 CPU；有事件就分发
while True:
    kind, args = events.get()
    print(f"取出事件 {kind}{args}")
    if kind == "quit":
        break
    handler = handlers.get(kind)
    if handler is None:
        print("  没有登记处理函数，忽略")
    else:
        handler(*args)

source.join()
print("事件循环结束")
