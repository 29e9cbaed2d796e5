r"""写正则要用原始字符串 r"..."：否则 \b 会先被 Python 变成退格符。"""
import re

text = "asd asdf"
plain = "\basd\b"     # 普通字符串：\b 是退格符（\x08），正则引擎拿到的根本不是 \b
raw = r"\basd\b"      # 原始字符串：反斜杠原样交给 re 模块
print(repr(plain), len(plain))
print(repr(raw), len(raw))
print(re.findall(plain, text))
print(re.findall(raw, text))

# 匹配一个真正的反斜杠：正则要写 \\，即原始字符串 r"\\"，
# 或者普通字符串 "\\\\"
path = r"C:\temp\new"
print(re.findall(r"\\", path), re.findall("\\\\", path))
# re.escape 把任意文本转成“只匹配它自己”的模式
print(re.escape("1+1=2?"))
