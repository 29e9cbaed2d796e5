"""apply_async(f(x)) 的错误：f(x) 在当前线程里立即执行完，交给池的只是它的返回值。"""
import threading
from multiprocessing.pool import ThreadPool


def all_steps(item):
    where = "主线程" if threading.current_thread() is threading.main_thread() else "池里的线程"
    print(f"  all_steps({item!r}) 在{where}里执行")
    return f"{item} 的结果"


with ThreadPool(3) as pool:
    print("错误写法 pool.apply_async(all_steps('a'))：")
    wrong = pool.apply_async(all_steps("a"))   # 先调用 all_steps("a")，再把返回的字符串交给池
    try:
        wrong.get()
    except TypeError as exc:
        print(f"  get() 抛出 TypeError: {exc}")

    print("正确写法 pool.apply_async(all_steps, ('a',))：")
    right = pool.apply_async(all_steps, ("a",))  # 函数和参数分开交给池
    print(f"  get() 返回 {right.get()!r}")
