r"""匹配汉字：[\u4e00-\u9fff] 覆盖基本区；\w、\d 在 str 模式下按 Unicode 理解。"""
import re

text = "Python 3.13 发布了！新元素：鿏（Mt）和鿫（Og）。"

# 老资料常写 \u9fa5 作为上限，那是 Unicode 早期版本基本区最后一个汉字；
# 后来补进 U+9FA6～U+9FFF 的字（例如化学元素“鿏”“鿫”）就漏掉了
print(re.findall(r"[\u4e00-\u9fa5]+", text))
print(re.findall(r"[\u4e00-\u9fff]+", text))

# 全角标点不在汉字区间里，要另外列出
print(re.findall(r"[\u4e00-\u9fff，。！？：（）]+", text))

# 扩展 A 区（U+3400 起）和扩展 B 区（U+20000 起，要写 \U 加 8 位）也不在基本区里
rare = "㐀𠮷"
print(re.findall(r"[\u4e00-\u9fff]", rare))
print(re.findall(r"[\u3400-\u4dbf\U00020000-\U0002a6df]", rare))

# str 模式按 Unicode 解释 \w 和 \d：汉字算“单词字符”，
# 全角数字、阿拉伯文数字也算数字
mixed = "价格：３٣3 元"
print(re.findall(r"\w+", mixed))
print(re.findall(r"\d", mixed))
# 只要 0-9 时加 re.ASCII，或者直接写 [0-9]
print(re.findall(r"\d", mixed, re.ASCII))
print(re.findall(r"\w+", mixed, re.ASCII))
