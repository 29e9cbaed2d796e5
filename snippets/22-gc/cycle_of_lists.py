"""两个列表互相引用，del 之后引用计数不会归零，只能靠循环垃圾回收器回收。"""
import gc
import sys

gc.disable()   # 关掉自动回收，免得它在演示中途悄悄运行
gc.collect()   # 先清理解释器启动时留下的垃圾

a = [1]
b = [2]
a.append(b)
b.append(a)
# 名字 a 一个引用 + b 列表里一个引用 + getrefcount 参数一个临时引用
print(sys.getrefcount(a), sys.getrefcount(b))

del a
del b
try:
    sys.getrefcount(a)
except NameError as e:   # 模块层面访问已删除的名字：NameError，不是 UnboundLocalError
    print(type(e).__name__, e)

# 两个列表已无名字可以访问，但彼此还引用着对方，计数都是 1：
# 只能由循环垃圾回收器处理
print("gc.collect() 找到的不可达对象:", gc.collect())
