"""列表推导式有自己的作用域：它的循环变量不会覆盖外面的同名变量。"""
i = 1
print([i for i in range(5)])
print(i, "-> i in global")
