"""sub 替换匹配到的文字（可以引用分组或传函数），split 按模式切分字符串。"""
import re

print(re.sub(r"\s+", " ", "too   many \t spaces"))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "2024-10-07"))
print(re.sub(r"(?P<y>\d{4})年", r"\g<y> 年", "2024年"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 个苹果 5 个梨"))
print(re.subn(r"a", "A", "banana"))            # subn 还返回替换次数
print(re.sub(r"a", "A", "banana", count=1))     # 只替换第一处

print(re.split(r"[,;\s]+", "a, b;c  d"))
print(re.split(r"([,;])", "a,b;c"))             # 带捕获组：分隔符也保留在结果里
print(re.split(r",", "a,b,c,d", maxsplit=2))
