"""zip(*array) 把成对的数据“转置”成几组；Python 3 的 zip 返回惰性的迭代器，要用 list() 取出结果。"""
# snippet: vary=0x[0-9a-f]+

array = [["a", "b"], ["c", "d"], ["e", "f"]]

transposed = zip(*array)  # 相当于 zip(["a", "b"], ["c", "d"], ["e", "f"])
print(transposed)  # Python 2 在这里打印列表；Python 3 打印的是 zip 对象
print(list(transposed))
print(f"再取一次：{list(transposed)}（迭代器只能遍历一次）")

letters, others = zip(*array)  # 直接解包成两个元组
print(letters, others)
print("再 zip 回去：", list(zip(letters, others)))

# Python 3.10+：strict=True 在长度不一致时报错，而不是悄悄丢掉多出来的元素
print(list(zip([1, 2, 3], "ab")))
print(list(zip([1, 2, 3], "ab", strict=True)))
# snippet: exit=1
