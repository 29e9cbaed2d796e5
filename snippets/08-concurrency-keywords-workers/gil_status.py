"""这个解释器是哪种构建、GIL 开着没有；默认构建上 GIL 总是开着，也关不掉。"""
import subprocess
import sys
import sysconfig

# 构建时决定：自由线程构建（编译时用 --disable-gil）是 1，默认构建是 0
print("Py_GIL_DISABLED =", sysconfig.get_config_var("Py_GIL_DISABLED"))
print("sys.version 里有 free-threading 吗？", "free-threading" in sys.version)
# 运行时的状态（3.13 新增）：自由线程构建也可能因为 PYTHON_GIL=1 或导入了不兼容的扩展而开着 GIL
print("sys._is_gil_enabled() =", sys._is_gil_enabled())
# 持有 GIL 的线程每隔这么久会被要求让出 GIL（秒）
print("切换间隔：", sys.getswitchinterval())

# 在默认构建上要求关掉 GIL（-X gil=0，或环境变量 PYTHON_GIL=0），解释器一启动就报错退出
run = subprocess.run([sys.executable, "-X", "gil=0", "-c", "pass"], capture_output=True, text=True)
print("python -X gil=0 的退出状态：", run.returncode)
print(run.stderr.splitlines()[0])
