"""序列乘以整数就是重复：s * n；对列表要当心，重复的是同一个对象的引用。"""

n = 2
s = "Programming"
print(s * n)
print("-" * 20)
print([0] * 5)

grid = [[]] * 3  # 三个元素是同一个列表
grid[0].append("x")
print("[[]] * 3 之后修改 grid[0]：", grid)

grid = [[] for _ in range(3)]  # 每个元素各是一个新列表
grid[0].append("x")
print("用推导式创建之后修改 grid[0]：", grid)
