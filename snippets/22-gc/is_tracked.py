"""只有可能形成环的容器对象才被循环垃圾回收器跟踪，int、str 等不参与。"""
import gc


class Point:
    pass


samples = {
    "整数 42": 42,
    "字符串 'abc'": "abc",
    "空列表 []": [],
    "自定义类的实例": Point(),
    "只含原子值的字典": {"a": 1},
    "含列表的字典": {"a": []},
    "含列表的元组": ([],),
}
for label, obj in samples.items():
    print(f"{label}: {gc.is_tracked(obj)}")

# 元组在一次回收中发现自己只含原子值时，会被“取消跟踪”以减轻回收器的负担
t = tuple([1, 2, 3])          # 运行时新建的元组一开始是被跟踪的
print("新建元组:", gc.is_tracked(t))
gc.collect()
print("一次回收之后:", gc.is_tracked(t))
