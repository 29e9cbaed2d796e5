"""lambda、生成器表达式和各种推导式都有自己的作用域，循环变量和形参不会漏到外面。"""
x = "全局的 x"

squares = {x: x * x for x in range(3)}  # 字典推导式
letters = {x for x in "ab"}  # 集合推导式
total = sum(x for x in range(4))  # 生成器表达式
double = lambda x: x * 2  # lambda 的形参 x
print(squares, sorted(letters), total, double(5))
print("x 仍然是：", x)

# 生成器表达式里，只有最外层的可迭代对象在创建时立即求值，其余部分要到迭代时才执行
lazy = (undefined_name for n in range(3))  # 创建时不出错
print("创建成功：", type(lazy).__name__)
try:
    next(lazy)
except NameError as exc:
    print("迭代时才报错：", exc)
try:
    eager = (n for n in undefined_name)
except NameError as exc:
    print("创建时就报错：", exc)
