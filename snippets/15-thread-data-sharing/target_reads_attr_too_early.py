"""实验 2：子线程在属性赋值之前就去读，线程里抛 AttributeError，主线程照常跑完。"""
import threading


class FaceDetector:
    def __init__(self):
        self.num01 = 1
        self.thread = threading.Thread(target=self.get_face_result)
        self.thread.start()
        self.thread.join()   # 等子线程跑完，再给 num02 赋值：比 sleep(1) 可靠
        self.num02 = 2

    def get_face_result(self):
        print(self.num01)
        print(self.num02)


detector = FaceDetector()
print(f"主线程：num02 = {detector.num02}，子线程的异常没有传到这里")
