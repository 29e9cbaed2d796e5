"""量词：*、+、?、{m}、{m,n}、{m,}、{,n} 分别允许前一个元素重复多少次。"""
import re

text = "ac abc abbc abbbc abbbbc"
patterns = [
    r"ab*c",      # b 出现 0 次或任意多次
    r"ab+c",      # b 至少出现 1 次
    r"ab?c",      # b 出现 0 次或 1 次
    r"ab{2}c",    # b 恰好 2 次
    r"ab{2,3}c",  # b 出现 2～3 次
    r"ab{2,}c",   # b 至少 2 次
    r"ab{,1}c",   # b 至多 1 次，等价于 ab{0,1}c
]
for pattern in patterns:
    print(f"{pattern:10} -> {re.findall(pattern, text)}")

# 量词只作用于紧挨在它前面的那一个元素；想重复一串字符要先用括号分组
print(re.fullmatch(r"ab+", "ababab"))           # + 只重复 b：匹配失败
print(re.fullmatch(r"(ab)+", "ababab"))       # 重复整个 ab
# *、+、? 默认都是“贪婪”的：在能匹配的前提下尽量多吃字符
print(re.search(r"ab*", "abbbbc").group())
print(re.search(r"ab+", "abbbbc").group())
