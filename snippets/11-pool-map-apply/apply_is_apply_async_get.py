"""Pool.apply 的源码只有一行：apply_async(...).get()。"""
import inspect
from multiprocessing.pool import Pool

print(inspect.getsource(Pool.apply), end="")
