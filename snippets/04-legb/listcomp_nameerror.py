"""推导式的循环变量只活在推导式内部，外面读取就是 NameError。"""
list_1 = [i for i in range(5)]
print(list_1)
print(i)
# snippet: exit=1
