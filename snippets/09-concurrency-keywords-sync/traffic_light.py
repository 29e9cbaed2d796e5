"""用 Event 模拟红绿灯：标志为真是绿灯，车照常开；标志为假是红灯，车在 wait() 处等。换两轮灯后程序自己结束。"""
import threading
import time

green = threading.Event()  # set() = 绿灯，clear() = 红灯
reacted = threading.Event()  # 车对这次变灯做出了反应（只为让输出顺序固定）
closed = threading.Event()  # 红绿灯下班


def lighter():
    reacted.wait()  # 等车上路
    reacted.clear()
    for _ in range(2):
        time.sleep(0.1)  # 绿灯亮一会儿
        print("红灯亮")
        green.clear()
        reacted.wait()
        reacted.clear()
        time.sleep(0.1)  # 红灯亮一会儿
        print("绿灯亮")
        green.set()
        reacted.wait()
        reacted.clear()
    time.sleep(0.1)
    print("红绿灯下班，保持绿灯")
    closed.set()


def car(name):
    print(f"[{name}] 出发")
    reacted.set()
    while not closed.is_set():
        if green.is_set():
            time.sleep(0.01)  # 绿灯：继续开一小段
        else:
            print(f"[{name}] 看到红灯，停车等待")
            reacted.set()
            green.wait()  # 阻塞在这里，直到绿灯
            print(f"[{name}] 绿灯了，继续开")
            reacted.set()
    print(f"[{name}] 到家了")


green.set()  # 一开始是绿灯
print("绿灯亮")
light = threading.Thread(target=lighter)
mini = threading.Thread(target=car, args=("MINI",))
light.start()
mini.start()
light.join()
mini.join()
