"""PEP 479：生成器内部冒出的 StopIteration 会变成 RuntimeError。"""


def first_words_fixed(lines):
    for line in lines:   # 正确写法：让 for 处理耗尽（或捕获后 return）
        yield line.split()[0]


def first_words(lines):
    it = iter(lines)
    while True:
        line = next(it)          # 迭代器耗尽时，这里抛出 StopIteration
        yield line.split()[0]


lines = ["hello world", "good morning"]
print(list(first_words_fixed(lines)))
print(list(first_words(lines)))
# snippet: exit=1
