"""内置作用域就是 builtins 模块：len、print、ValueError 等名字都住在这里。"""
import builtins

print(f"{len is builtins.len = }")
print(f"{'print' in dir(builtins) = }")
names = [n for n in dir(builtins) if n.islower() and not n.startswith("_")]
print("部分内置函数和类型：", names[:8])

# 在脚本（__main__ 模块）里，__builtins__ 恰好就是 builtins 模块；
# 在被导入的模块里它可能是一个字典。这是 CPython 的实现细节，请用 import builtins。
print(f"{__builtins__ is builtins = }")
