"""except ... as e 绑定的 e 在 except 子句结束时被自动删除，之后再读就出错。"""


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        print("解析失败：", e)
    return e  # 离开 except 子句时，Python 3 已经执行了 del e


print(parse("42"))
print(parse("0.2"))
# snippet: exit=1
