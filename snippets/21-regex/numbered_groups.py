"""捕获组按左括号出现的先后编号，从 1 开始；group(0) 是整个匹配。"""
import re

# 两层括号：外层是第 1 组，内层是第 2 组
m = re.match(r"((boy|booy)123)", "booy123")
print(m.group(1), m.group(2))

# 多加一组看得更清楚：编号只看左括号从左到右的顺序
m = re.match(r"((boy|booy)(\d+))", "booy123!")
print(m.group(0))   # 整个匹配
print(m.group(1))   # 第 1 个左括号：最外层
print(m.group(2))   # 第 2 个左括号：boy|booy
print(m.group(3))   # 第 3 个左括号：数字
print(m.groups())   # 所有捕获组组成的元组
print(m.group(2, 3))
print(m.span(3))    # 第 3 组在原字符串中的起止下标

# 组如果没有参与匹配，结果是 None
m = re.match(r"(\d+)(px)?", "12em")
print(m.groups())
