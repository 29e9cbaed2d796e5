"""^ 与 $ 匹配的是位置而不是字符；$ 在结尾的换行符之前也能匹配，MULTILINE 让它们也认每一行。"""
import re

text = "ac abc abbc"
print(re.findall(r"^a\w*", text))   # 只有位于开头的 ac
print(re.findall(r"a\w*c$", text))  # 只有位于结尾的 abbc

lines = "first line\nsecond line\nthird line"
print(re.findall(r"^\w+", lines))                # 默认：只认整个字符串的开头
print(re.findall(r"^\w+", lines, re.MULTILINE))  # 每一行的开头
print(re.findall(r"\w+$", lines, re.MULTILINE))  # 每一行的结尾

# 把锚点匹配到的位置标出来：$ 不只在字符串的最末尾
s = "a\nb\n"
print(repr(re.sub(r"$", "<$>", s)))                       # 结尾换行符之前，以及最末尾
print(repr(re.sub(r"$", "<$>", s, flags=re.MULTILINE)))   # 另加每个换行符之前
print(repr(re.sub(r"\Z", "<Z>", s)))                      # \Z 只在最末尾
print(repr(re.sub(r"\A", "<A>", s)))                      # \A 只在最开头
