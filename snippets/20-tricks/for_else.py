"""for … else：循环没有被 break 打断时才执行 else；与“直接写在循环后面”的代码不同。"""


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"  在位置 {i} 找到 {target!r}，break")
            break
    else:
        print(f"  循环正常结束（没有 break）：没找到 {target!r}")
    print("  循环后面的代码：无论怎样都会执行")


print("查找 3：")
find([1, 2, 3, 4], 3)
print("查找 9：")
find([1, 2, 3, 4], 9)
print("空列表里查找 1（一次都没循环，也算正常结束）：")
find([], 1)

# while … else 同理：从 start 往下数，找 7 的倍数
for start in (10, 6):
    n = start
    while n > 0:
        if n % 7 == 0:
            print(f"while：从 {start} 往下数，遇到 {n}，break")
            break
        n -= 1
    else:
        print(f"while：从 {start} 往下数，没遇到 7 的倍数")

# try … else：没有异常时才执行 else，finally 总会执行
for text in ("42", "四十二"):
    try:
        value = int(text)
    except ValueError:
        print(f"try：{text!r} 不是整数")
    else:
        print(f"try：转换成功，得到 {value}")
    finally:
        print("  finally 总会执行")
