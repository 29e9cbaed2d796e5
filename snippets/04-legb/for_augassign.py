"""循环体里的 i += 5 改写的是同一个 i；下一轮 for 又从 range 里取下一个值覆盖它。"""
for i in range(5):
    i += 5
    print(i)
print(i)
