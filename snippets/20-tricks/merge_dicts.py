"""合并两个字典的几种写法；键重复时谁说了算，各写法并不一样。"""

import itertools
from collections import ChainMap

profile = {"name": "xiaoming", "age": 27}
ext_info = {"gender": "male", "age": 30}  # "age" 两边都有

print("{**a, **b} →", {**profile, **ext_info})
print("a | b（3.9+）→", profile | ext_info)
print("dict(chain(a.items(), b.items())) →",
      dict(itertools.chain(profile.items(), ext_info.items())))
print("dict(ChainMap(a, b)) →", dict(ChainMap(profile, ext_info)))

merged = profile.copy()  # update 会原地修改字典，先复制一份
merged.update(ext_info)
print("a.update(b) 之后 a →", merged)

# a.items() | b.items() 是集合运算：两个不同的 ("age", …) 都留了下来，
# 转成字典时谁覆盖谁取决于集合的遍历顺序（随哈希值变化）；值不可哈希时直接报错
pairs = profile.items() | ext_info.items()
print("a.items() | b.items() →", sorted(pairs))

# ChainMap 不复制数据：按顺序查找，第一个映射里有就用它；写入只改第一个映射
view = ChainMap(profile, ext_info)
print("ChainMap(a, b)['age'] →", view["age"])
view["city"] = "上海"
print("写入 ChainMap 之后 a →", profile)

print(dict(profile.items() | {"tags": ["python"]}.items()))
# snippet: exit=1
