"""几个贪婪量词挨在一起时，靠左的先尽量多吃，右边的只能分到剩下的。"""
import re

m = re.match(r"(.*)(\d+)", "abc123")
print(m.groups())    # 第一个 .* 吃到只剩一位数字为止

m = re.match(r"(.*?)(\d+)", "abc123")
print(m.groups())    # 第一个改成懒惰，数字就全归第二组

m = re.match(r"(\d+)(\d+)", "12345")
print(m.groups())    # 第二个 + 至少要 1 个，所以第一个只能让出 1 个

# 懒惰量词是“尽量少”，但整体必须匹配成功：结尾的 $ 会逼它继续扩展
print(re.match(r"(\d+?)", "12345").group(1))
print(re.match(r"(\d+?)$", "12345").group(1))
