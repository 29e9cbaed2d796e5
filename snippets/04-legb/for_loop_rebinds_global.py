"""for 不创建作用域：循环变量就是模块里的同名变量，循环结束后保留最后的值。"""
b = 1
for b in range(5):
    if b == 4:
        print(b, "-> b in for-loop")
print(b, "-> b in global")
