"""生成器只能遍历一遍：耗尽之后再遍历什么也得不到，也不会报错。"""
squares = (x * x for x in range(4))
print("第一次:", list(squares))
print("第二次:", list(squares))
print("sum:", sum(squares))

# 需要多次遍历时，要么存成列表，要么每次重新创建生成器
numbers = [x * x for x in range(4)]
print("列表可以反复用:", list(numbers), sum(numbers))
