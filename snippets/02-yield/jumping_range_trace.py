"""给 jumping_range 加上跟踪输出：每次从哪里恢复、执行了什么。"""


def jumping_range(n):
    index = 0
    print("    index = 0            （只在第一次 next() 时执行）")
    while index < n:
        print(f"    while {index} < {n}          → 进入循环体")
        print(f"    yield {index}              → 交出 {index}，暂停")
        jump = yield index
        print(f"    jump = {jump!r:<4}          （从这里恢复）")
        if jump is None:
            jump = 1
            print("    jump is None         → jump = 1")
        index += jump
        print(f"    index += jump        → index = {index}")
    print(f"    while {index} < {n}          → 不成立，函数结束")


itr = jumping_range(5)
calls = [("next(itr)", None), ("itr.send(2)", 2), ("next(itr)", None),
         ("itr.send(-1)", -1)] + [("next(itr)", None)] * 3
for text, value in calls:
    print(f"{text}:")
    try:
        result = next(itr) if value is None else itr.send(value)
    except StopIteration:
        print("  → 抛出 StopIteration")
    else:
        print(f"  → 返回 {result}")
