"""引用计数何时加 1、何时减 1。"""
import sys


class Box:
    """一个普通对象；小整数、None 等在 3.12+ 是“永生对象”，不适合观察计数。"""


box = Box()
# getrefcount 的参数本身也是一个临时引用，所以结果总比“真实”数目多 1
print("刚创建:", sys.getrefcount(box))

alias = box
print("alias = box 之后:", sys.getrefcount(box))

items = [box, box]
print("放进列表两次:", sys.getrefcount(box))

table = {"key": box}
print("作为字典的值:", sys.getrefcount(box))


def peek(obj):
    local = obj          # 参数 obj 和局部变量 local 都引用它
    return sys.getrefcount(obj)


base = sys.getrefcount(box)
print("函数执行期间多出:", peek(box) - base)
print("函数返回之后:", sys.getrefcount(box))  # 局部变量随函数结束而消失

del alias
print("del 别名之后:", sys.getrefcount(box))

items.clear()
print("清空列表之后:", sys.getrefcount(box))

table["key"] = "别的对象"
print("字典的值改绑之后:", sys.getrefcount(box))
