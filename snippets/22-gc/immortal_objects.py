"""Python 3.12 起 None、小整数等是“永生对象”，getrefcount 返回一个固定的大数。"""
import sys

for obj in [None, True, 14, "a"]:
    print(f"{obj!r:5} {sys.getrefcount(obj)}")

x = 14
y = 14
print("多两个名字引用 14 之后:", sys.getrefcount(14))  # 计数不再变化
print(sys.getrefcount(14) == 2**32 - 1)
# snippet: requires=3.12
