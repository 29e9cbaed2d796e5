"""连接多个列表的几种写法，以及 heapq.merge 为什么不是“连接”。"""

import heapq
import itertools

list01 = [1, 4, 7]
list02 = [2, 5, 8]
list03 = [3, 6, 9]
lists = (list01, list02, list03)

print("sum(lists, []) →", sum(lists, []))
print("a + b + c →", list01 + list02 + list03)
print("[*a, *b, *c] →", [*list01, *list02, *list03])
print("chain(a, b, c) →", list(itertools.chain(list01, list02, list03)))
print("chain.from_iterable(lists) →", list(itertools.chain.from_iterable(lists)))
print("[x for lst in lists for x in lst] →", [x for lst in lists for x in lst])

joined = list01.copy()  # extend 和 += 会原地修改列表，先复制一份，免得改掉 list01
print("joined.extend(list02) 返回 →", joined.extend(list02))
joined += list03
print("extend、+= 之后 joined →", joined)

# heapq.merge 假定每个输入都已排好序，产出合并后的有序序列，并不是首尾相接
print("heapq.merge(a, b, c) →", list(heapq.merge(list01, list02, list03)))
print("sorted(chain(a, b, c)) →", sorted(itertools.chain(list01, list02, list03)))

# sum 对列表能用，对字符串却被明确拒绝
print(sum(["ab", "cd"], ""))
# snippet: exit=1
