"""命名组 (?P<名字>...)、反向引用，以及非捕获组 (?:...)。"""
import re

date = r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
m = re.search(date, "发布于 2024-10-07")
print(m.group("year"), m["month"], m.group(3))   # 命名组同样有编号
print(m.groupdict())

# 反向引用：\1 或 (?P=名字) 要求再次出现与该组相同的文字
print(re.findall(r"\b(\w+) \1\b", "this is is a test test"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" or 'yo'").group())

# (?:...) 只分组、不捕获：不占编号，也不出现在 groups() 里
m = re.match(r"(?:boy|booy)(\d+)", "booy123")
print(m.groups())
