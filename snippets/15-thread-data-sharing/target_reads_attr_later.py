"""实验 1：target 是绑定方法，start() 之后才赋值的属性，子线程晚一点去读就能读到。"""
import threading


class FaceDetector:
    def __init__(self):
        self.num01 = 1                   # 位置 1：start() 之前
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self.get_face_result)
        self.thread.start()
        self.num02 = 2                   # 位置 2：start() 之后
        # 不让子线程 sleep(1) 赌时间差，而是明确告诉它“赋值完了”
        self.ready.set()

    def get_face_result(self):
        self.ready.wait()
        print(self.num01)
        print(self.num02)  # 执行到这一行时才去 self 上找 num02


detector = FaceDetector()
detector.thread.join()
