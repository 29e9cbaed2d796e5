"""gen(*args)：for 循环写法与 yield from 写法结果相同。"""
astr = "ABC"
alist = [1, 2, 3]
adict = {"name": "wangbm", "age": 18}


def gen_for(*args):
    for item in args:
        for i in item:
            yield i


def gen_yield_from(*args):
    for item in args:
        yield from item


# 生成器只能用一次，所以每次调用都新建一个
print(list(gen_for(astr, alist, adict, (i for i in range(4, 8)))))
print(list(gen_yield_from(astr, alist, adict, (i for i in range(4, 8)))))
