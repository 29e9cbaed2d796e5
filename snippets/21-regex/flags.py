"""常用标志：IGNORECASE、DOTALL、VERBOSE，以及写在模式里的内联标志。"""
import re

print(re.findall(r"python", "Python PYTHON python", re.IGNORECASE))
html = "<p>第一行\n第二行</p>"
print(re.findall(r"<p>.*</p>", html))             # . 默认不匹配换行
print(re.findall(r"<p>.*</p>", html, re.DOTALL))  # DOTALL 让 . 也匹配换行

# VERBOSE：模式里的空白被忽略，# 后面是注释，复杂的正则可以分行写
phone = re.compile(
    r"""
    (?P<area>\d{3,4})   # 区号
    -?                  # 可有可无的连字符
    (?P<number>\d{7,8}) # 号码
    """,
    re.VERBOSE,
)
print(phone.fullmatch("010-12345678").groupdict())

# 内联标志写在模式开头，效果相同；多个标志用 | 组合
print(re.findall(r"(?i)hello", "Hello HELLO"))
print(bool(re.match(r"a.b", "A\nB", re.IGNORECASE | re.DOTALL)))
