"""findall 一次返回全部结果的列表；finditer 逐个产出 Match 对象，还能拿到位置。"""
import re

text = "abooabbapds aboksldap"
pattern = re.compile(r"ab.*?ap")   # 同一个模式反复使用时可以先编译

matches = pattern.findall(text)
print(type(matches).__name__, matches)
for s in matches:
    print(s)

it = pattern.finditer(text)
print(type(it).__name__)           # 一个迭代器，不是列表
for m in it:
    print(m.group(), m.span())

# 注意：模式里有捕获组时，findall 返回的是组的内容而不是整个匹配
dates = "2024-10-07, 2025-01-31"
print(re.findall(r"\d{4}-\d{2}-\d{2}", dates))
print(re.findall(r"(\d{4})-\d{2}-\d{2}", dates))       # 只有 1 组：返回该组的列表
print(re.findall(r"(\d{4})-(\d{2})-(\d{2})", dates))   # 多组：返回元组的列表
print(re.findall(r"(?:\d{4})-\d{2}-\d{2}", dates))     # 非捕获组不影响结果
print([m.group() for m in re.finditer(r"(\d{4})-\d{2}-\d{2}", dates)])
