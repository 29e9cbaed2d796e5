"""把上一个 for 循环展开成 while：只有一个 i，range 迭代器自己记着进度。"""
it = iter(range(5))  # for 先从 range 取得一个迭代器
while True:
    try:
        i = next(it)  # 每一轮开始：把迭代器给出的下一个值绑定到 i
    except StopIteration:  # 取完了：循环结束，i 保持循环体最后赋给它的值
        break
    print(f"for 赋值 i = {i}", end="  →  ")
    i += 5  # 重新绑定同一个 i；迭代器不知道、也不关心
    print(f"循环体把 i 改成 {i}")
print("循环结束后 i =", i)
