"""解释器退出时还会做清理：weakref.finalize 的回调保证执行，__del__ 没有保证。"""
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__:", self.name)


loop = Resource("环里的对象")
loop.me = loop
del loop

kept = Resource("全局变量引用的对象")
tracked = Resource("登记了 finalize 的对象")
weakref.finalize(tracked, print, "finalize 回调执行")
print("主程序结束")
