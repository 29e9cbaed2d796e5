"""sys.getsizeof 返回对象本身占用的字节数（64 位 CPython 3.13）；容器里的元素不算在内。"""

import sys

variable = 30
print(f"{sys.getsizeof(variable) = }")
print(f"{sys.getsizeof(0) = }")
print(f"{sys.getsizeof(2**30) = }")  # 整数越大，占用越多
print(f"{sys.getsizeof(2**100) = }")
print(f"{sys.getsizeof(1.5) = }")
print(f"{sys.getsizeof('') = }")
print(f"{sys.getsizeof('a') = }")
print(f"{sys.getsizeof('中') = }")  # 含非 Latin-1 字符的字符串每个字符占 2 或 4 字节
print(f"{sys.getsizeof([]) = }")
print(f"{sys.getsizeof([1, 2, 3]) = }")
print(f"{sys.getsizeof({}) = }")

big = ["x" * 1000]
print(f"{sys.getsizeof(big) = }（列表只存一个指针）")
print(f"{sys.getsizeof(big[0]) = }（那个字符串本身）")
