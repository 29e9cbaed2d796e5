"""两条规矩：属性都赋值完再 start()；别让子线程的异常只留在 stderr 上。"""
import threading
from concurrent.futures import ThreadPoolExecutor


class FaceDetector:
    def __init__(self):
        self.num01 = 1
        self.num02 = 2
        # 只创建，不在 __init__ 里启动
        self.thread = threading.Thread(target=self.get_face_result)

    def start(self):
        self.thread.start()
        return self

    def get_face_result(self):
        print(f"子线程：num01 = {self.num01}，num02 = {self.num02}")


detector = FaceDetector().start()
detector.thread.join()

# 办法一：换掉 threading.excepthook（3.8+），把线程里没捕获的异常记下来
errors = []


def record(args):  # args 有 exc_type、exc_value、exc_traceback、thread 四个属性
    errors.append(f"{args.thread.name}: {args.exc_type.__name__}: {args.exc_value}")


threading.excepthook = record
t = threading.Thread(target=int, args=("abc",))
t.start()
t.join()
threading.excepthook = threading.__excepthook__  # 恢复默认
print(f"excepthook 记下的异常：{errors}")

# 办法二：交给线程池，future.result() 会在调用者的线程里重新抛出异常
with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(int, "abc")
    try:
        future.result()
    except ValueError as exc:
        print(f"future.result() 抛出：{exc!r}")
