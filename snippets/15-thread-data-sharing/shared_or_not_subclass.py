"""继承 Thread 的写法：全局变量、实例属性、传进来的列表，哪些被两个线程共享。"""
import threading

gnum = 1


class MyThread(threading.Thread):
    def __init__(self, num, num_list):
        super().__init__()
        self.num = num            # 实例属性：每个线程对象各有一份
        self.num_list = num_list  # 只保存了引用：指向调用者传进来的那个列表

    def run(self):
        global gnum
        gnum += self.num                # 全局变量：所有线程读写同一个名字
        self.num_list.append(self.num)  # 列表：所有线程改的是同一个对象
        self.num += 1
        print(f"[{self.name}] 全局 gnum     = {gnum}")
        print(f"[{self.name}] 实例 self.num = {self.num}")
        print(f"[{self.name}] 列表 num_list = {self.num_list}")


if __name__ == "__main__":
    num_list = list(range(5))
    t1 = MyThread(100, num_list)
    t2 = MyThread(200, num_list)
    # 用 sleep() 错开两个线程只是在赌调度；join() 让先后顺序确定无疑
    t1.start()
    t1.join()
    t2.start()
    t2.join()
    print(f"[主线程] gnum = {gnum}，t1.num = {t1.num}，t2.num = {t2.num}")
    print(f"[主线程] num_list = {num_list}")
    print(f"[主线程] 两个线程拿的是同一个列表：{t1.num_list is t2.num_list is num_list}")
