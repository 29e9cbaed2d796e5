"""Say hello."""

print("你好")
