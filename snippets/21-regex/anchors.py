"""^ 与 $ 匹配的是位置而不是字符；MULTILINE 让它们也认每一行的开头结尾。"""
import re

text = "ac abc abbc"
print(re.findall(r"^a\w*", text))   # 只有位于开头的 ac
print(re.findall(r"a\w*c$", text))  # 只有位于结尾的 abbc

lines = "first line\nsecond line\nthird line"
print(re.findall(r"^\w+", lines))                # 默认：只认整个字符串的开头
print(re.findall(r"^\w+", lines, re.MULTILINE))  # 每一行的开头
print(re.findall(r"\w+$", lines, re.MULTILINE))  # 每一行的结尾

# 锚点本身不占字符：用 ^...$ 把整串“框住”，常用来做格式校验
for s in ["13800138000", "x13800138000", "138001380001"]:
    print(s, bool(re.search(r"^1\d{10}$", s)))
