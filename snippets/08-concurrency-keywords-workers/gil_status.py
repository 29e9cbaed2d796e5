"""查看当前解释器有没有 GIL，以及 GIL 的切换间隔。"""
import sys
import sysconfig

# 1 表示这是“自由线程”（free-threaded）构建，例如 python3.13t；标准构建是 0
print("free-threaded 构建：", sysconfig.get_config_var("Py_GIL_DISABLED"))
# Python 3.13 新增；自由线程构建也可能因为 PYTHON_GIL=1 或加载了不兼容的扩展而重新启用 GIL
print("GIL 是否启用：", sys._is_gil_enabled())
# 持有 GIL 的线程每隔这么久会被要求让出 GIL（单位：秒）
print("切换间隔：", sys.getswitchinterval())
