"""调试时查看调用栈：sys._getframe() 取得当前帧，顺着 f_back 就能知道是谁调用了自己。"""

import inspect
import os
import sys
import traceback


def get_cur_info():
    frame = sys._getframe()  # 等价于 sys._getframe(0)：当前函数的帧
    print("当前文件名：", os.path.basename(frame.f_code.co_filename))
    print("当前函数名：", frame.f_code.co_name)
    print("调用者的函数名：", sys._getframe(1).f_code.co_name)  # 在模块顶层调用时是 <module>
    print("当前行号：", frame.f_lineno)
    print("调用者所在行号：", frame.f_back.f_lineno)


def business_logic():
    get_cur_info()


business_logic()
print("--- 在模块顶层直接调用 ---")
get_cur_info()


def where_am_i():
    # inspect 是公开的接口；sys._getframe 是 CPython 的实现细节，别的解释器不保证有
    caller = inspect.stack()[1]
    return f"{caller.function}() 第 {caller.lineno} 行"


def handler():
    print(f"where_am_i 被 {where_am_i()}调用")
    # 打印最近两层调用栈，格式和异常回溯一样，但不需要抛出异常
    traceback.print_stack(limit=2, file=sys.stdout)


handler()
