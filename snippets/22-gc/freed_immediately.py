"""引用计数归零的那一刻对象就被回收，__del__ 立即执行，不必等垃圾回收器。"""


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  回收 {self.name}")


print("1. del 最后一个名字")
r = Resource("r")
del r

print("2. 名字改绑到别的对象")
r = Resource("旧对象")
r = Resource("新对象")

print("3. 函数返回，局部变量消失")


def work():
    tmp = Resource("局部变量")
    print("  函数即将返回")


work()

print("4. 从容器中删除")
pool = [Resource("列表元素")]
pool.pop()

print("程序结束")
