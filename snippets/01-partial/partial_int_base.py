"""用关键字参数固定 int() 的 base，得到二进制、十六进制转换函数。"""
from functools import partial

bin2dec = partial(int, base=2)
hex2dec = partial(int, base=16)

print(f"{bin2dec('10001') = }")
print(f"{bin2dec('0b10001') = }")   # base=2 时允许带 0b 前缀
print(f"{hex2dec('67') = }")
print(f"{hex2dec('0x67') = }")      # base=16 时允许带 0x 前缀

# 调用时再给同名关键字参数，会覆盖绑定的值
print(f"{bin2dec('10001', base=10) = }")

try:
    bin2dec("12")
except ValueError as exc:
    print("ValueError:", exc)
