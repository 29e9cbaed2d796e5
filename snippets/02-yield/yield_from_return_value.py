"""子生成器 return 的值，成为 yield from 表达式的值。"""


def average():
    """子生成器：不断接收数字，收到 None 时 return 平均值。"""
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1


def grouper(results, key):
    """委托生成器：每一组都交给一个新的 average()，把它的返回值存起来。"""
    while True:
        results[key] = yield from average()


data = {"男生身高": [170, 180, 175], "女生身高": [160, 165]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)                   # 启动：运行到 average() 的第一个 yield
    for value in values:
        group.send(value)         # 直接送到 average()，grouper 不经手
    group.send(None)              # average() 结束，返回值赋给 results[key]
print(results)
