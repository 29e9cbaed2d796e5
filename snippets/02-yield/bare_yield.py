"""裸 yield 只是暂停并交出 None；用 return 结束，调用方用 for 或默认值收尾。"""


def polling(limit):
    for attempt in range(1, limit + 1):
        if attempt % 2:
            print(f"  第 {attempt} 次：没有结果，裸 yield 暂停一下")
            yield                      # 等价于 yield None
        else:
            print(f"  第 {attempt} 次：有结果")
            yield f"结果 {attempt}"
    print("  次数用完，return 结束生成器")
    return                             # 写不写都一样：函数体执行完就结束


for item in polling(3):                # for 循环会自己处理 StopIteration
    print("for 取到", item)

gen = polling(1)
print("next(gen) ->", next(gen))
# 给 next() 一个默认值，生成器结束时返回它，而不是抛出 StopIteration
print("next(gen, '已结束') ->", next(gen, "已结束"))
