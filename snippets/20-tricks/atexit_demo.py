"""atexit 注册的函数在解释器正常退出时执行，后注册的先执行；os._exit() 则跳过它们。"""

import atexit
import subprocess
import sys


@atexit.register  # 没有参数的清理函数可以直接当装饰器用
def clean():
    print("clean() 执行：关闭连接、删除临时文件……")


def clean_1(arg1, arg2, arg3="默认值"):
    print(f"clean_1({arg1!r}, {arg2!r}, arg3={arg3!r}) 执行")


atexit.register(clean_1, "参数1", "参数2", arg3="xxx")  # 需要参数时，直接调用 register

# 在子进程里对比：正常结束、sys.exit()、未捕获的异常都会执行清理函数，os._exit() 不会
child = """
import atexit, os, sys
atexit.register(print, "  子进程的清理函数执行了")
{}
"""
for ending in ("pass", "sys.exit(3)", "1 / 0", "os._exit(4)"):
    result = subprocess.run([sys.executable, "-c", child.format(ending)],
                            capture_output=True, text=True)
    print(f"子进程以 {ending!r} 结束，退出状态 {result.returncode}")
    print(result.stdout, end="")

print("主程序的最后一行；接下来解释器退出，按注册的相反顺序调用清理函数")
