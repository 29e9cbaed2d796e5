"""用闭包写一个 itemgetter：返回的函数记住下标，正好用作 sorted 的 key。"""
import operator


def make_itemgetter(index):
    def getter(item):
        return item[index]

    return getter


pairs = [("b", 2), ("c", 1), ("a", 3)]
print(sorted(pairs, key=lambda p: p[1]))  # 用 lambda 按第二项排序
print(sorted(pairs, key=make_itemgetter(1)))  # 用自己写的闭包
print(sorted(pairs, key=operator.itemgetter(1)))  # 标准库现成的版本
