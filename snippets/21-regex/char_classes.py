"""字符类 [...] 只匹配一个字符：开头的 ^ 表示取反，- 表示范围。"""
import re

text = "a1 b3 c5 d7 e9 A0 _.*+?"
print(re.findall(r"[1357]", text))       # 1、3、5、7 中的任意一个
print(re.findall(r"[0-9]", text))        # 0 到 9
print(re.findall(r"[a-zA-Z]", text))     # 大小写字母
print(re.findall(r"[^0-9a-z ]", text))   # 不是数字、小写字母、空格的字符
print(re.findall(r"[.*+?]", text))       # 方括号里的 . * + ? 只代表它们自己

# 在方括号里仍然特殊的只有四个：开头的 ^、表示范围的 -、收尾的 ]、转义用的 \
print(re.findall(r"[a^]", "a^b"))        # ^ 不在开头：普通字符
print(re.findall(r"[-a]", "a-b"))        # - 放在开头或结尾：普通字符
print(re.findall(r"[]a]", "a]b"))        # ] 紧跟在 [ 之后：普通字符
print(re.findall(r"[\]\\]", "a]\\b"))    # 其他位置的 ] 和 \ 需要转义

# 逗号也是普通字符：[b,c] 能匹配逗号，通常不是想要的
print(re.findall(r"a[b,c]f", "abf acf a,f"))
print(re.findall(r"a[bc]f", "abf acf a,f"))
