"""nonlocal：让闭包改写外层函数的变量，做一个带状态的计数器。"""


def make_counter():
    count = 0

    def increment():
        nonlocal count  # 没有这一行，下一句就会引发 UnboundLocalError
        count += 1
        return count

    return increment


first = make_counter()
second = make_counter()  # 每次调用 make_counter 都得到一个独立的 count
print(first(), first(), first())
print(second())
