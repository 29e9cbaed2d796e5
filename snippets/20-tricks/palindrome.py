"""判断回文：转成小写，去掉非单词字符和下划线，再与反转后的字符串比较。"""

import re
import warnings


def palindrome(string):
    s = re.sub(r"[\W_]", "", string.lower())  # 正则写成原始字符串 r"..."
    return s == s[::-1]


for text in ("taco cat", "A man, a plan, a canal: Panama!", "Python", "12_21", "上海自来水，来自海上"):
    print(f"{text!r} → {palindrome(text)}")

# 如果写成 '[\W_]'（没有 r 前缀）：\W 不是字符串的转义序列，编译时会警告
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("pattern = '[\\W_]'", "<没有 r 前缀>", "exec")
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
