"""partial 对象可以被 pickle，lambda 不行；多进程传任务时这一点很重要。"""
import pickle
from functools import partial

bin2dec = partial(int, base=2)
restored = pickle.loads(pickle.dumps(bin2dec))
print(f"{restored = }")
print(f"{restored('1111') = }")

try:
    pickle.dumps(lambda s: int(s, base=2))
except pickle.PicklingError as exc:
    print("lambda 无法 pickle:", type(exc).__name__)
