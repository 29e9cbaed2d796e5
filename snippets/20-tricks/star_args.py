"""*args 把位置参数收集成一个元组；调用时的 * 则反过来把一个序列拆成多个参数。"""


def testa(*v):
    print(type(v).__name__, list(v))


testa(1, 2, 3)
testa(list("abc"))  # 一个参数：整个列表是元组里唯一的元素
testa("a", "b", list("cde"))
testa(*list("abc"))  # 调用时加 *：列表被拆开，相当于 testa('a', 'b', 'c')
testa()  # 一个参数都不传也可以，v 是空元组


def greet(greeting, *names, sep="、"):
    """*names 之后的参数只能用关键字传入。"""
    print(greeting + sep.join(names))


greet("你好，", "张三", "李四")
greet("你好，", "张三", "李四", sep=" 和 ")
