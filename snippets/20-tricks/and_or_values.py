"""and / or 返回的不是 True/False，而是决定结果的那个操作数。"""

print(f"{(2 or 3) * (5 and 7) = }")  # 2 * 7

# or：返回第一个为真的操作数；都为假时返回最后一个
print(f"{2 or 3 = }")
print(f"{0 or 3 = }")
print(f"{0 or '' or None = }")

# and：返回第一个为假的操作数；都为真时返回最后一个
print(f"{5 and 7 = }")
print(f"{0 and 7 = }")
print(f"{5 and [] and 7 = }")


def loud(value):
    print(f"  求值 {value!r}")
    return value


# 短路：结果一旦确定，后面的操作数根本不会被求值
print("loud(1) or loud(2):")
print("  结果", loud(1) or loud(2))
print("loud(0) and loud(2):")
print("  结果", loud(0) and loud(2))

# 常见用法：给“空”的值一个默认值；注意 0、''、[] 也被当作“空”
for port in (8080, None, 0):
    print(f"port={port!r:5} → {port or 8000}    用 if 判断 None → "
          f"{port if port is not None else 8000}")
