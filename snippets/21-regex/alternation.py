"""| 的优先级最低，会把整个模式劈成两半；用括号限定“或”的范围。"""
import re

words = ["abc", "abd", "xcd", "cd", "ab"]
for pattern in [r"^ab|cd$", r"^(ab|cd)$", r"ab(c|d)"]:
    hits = [w for w in words if re.search(pattern, w)]
    print(f"{pattern:14} 匹配 {hits}")

# 不加括号时，^ab|cd$ 的意思是 “以 ab 开头” 或 “以 cd 结尾”
# 多个分支从左到右尝试，第一个成功的分支胜出，而不是最长的那个
print(re.match(r"ab|abc", "abc").group())
print(re.match(r"abc|ab", "abc").group())
