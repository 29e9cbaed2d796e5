"""条件表达式的五种写法：只有第一种既好读又没有陷阱。"""

for age2 in (16, 20):
    print(f"age2 = {age2}")
    print("  if-else 表达式 →", "已成年" if age2 > 18 else "未成年")
    print("  and-or →", age2 > 18 and "已成年" or "未成年")
    print("  元组下标 →", ("未成年", "已成年")[age2 > 18])
    print("  lambda 元组下标 →", (lambda: "未成年", lambda: "已成年")[age2 > 18]())
    print("  字典 →", {True: "已成年", False: "未成年"}[age2 > 18])

# 陷阱一：and-or 在“真值分支”本身为假（0、''、None、[]）时会走错分支
x = 5
print("x > 0 and 0 or -1 →", x > 0 and 0 or -1, "（应为 0）")
print("0 if x > 0 else -1 →", 0 if x > 0 else -1)

# 陷阱二：元组下标会先把两个分支都算出来，lambda 版本才是惰性的
x = 0
print("0 if x == 0 else 1 / x →", 0 if x == 0 else 1 / x)
print("(lambda: 1 / x, lambda: 0)[x == 0]() →", (lambda: 1 / x, lambda: 0)[x == 0]())
print("(1 / x, 0)[x == 0] →", (1 / x, 0)[x == 0])
# snippet: exit=1
