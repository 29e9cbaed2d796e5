"""实验 3：两个列表都在 start() 之前建好；主线程和子线程用的是同一批列表，谁先打印决定看到什么。"""
import threading


class FaceDetector:
    def __init__(self, main_printed=None):
        self.main_printed = main_printed
        self.num01_list = list("a")
        self.thread = threading.Thread(target=self.get_face_result)
        self.num02_list = list("a")
        self.thread.start()  # start() 在最后：两个列表此时都已存在

    def get_face_result(self):
        if self.main_printed:
            self.main_printed.wait()  # 版本 A：等主线程先打印
        print(f"  子线程 before：{self.num01_list} {self.num02_list}")
        self.num01_list.append("b")
        self.num02_list.append("b")
        print(f"  子线程 after ：{self.num01_list} {self.num02_list}")


print("版本 A：主线程先打印")
main_printed = threading.Event()
detector = FaceDetector(main_printed)
print(f"  主线程      ：{detector.num01_list} {detector.num02_list}")
main_printed.set()
detector.thread.join()

print("版本 B：子线程先改完")
detector = FaceDetector()
detector.thread.join()
print(f"  主线程      ：{detector.num01_list} {detector.num02_list}")
