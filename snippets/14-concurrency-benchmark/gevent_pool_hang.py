"""重现“gevent 打补丁后进程池卡住”：每个试验在带时限的子进程里运行，卡住的会被结束。"""
# snippet: timeout=60
import os
import re
import signal
import subprocess
import sys
import tempfile
import textwrap

# 每个试验是一段独立的程序。每段都先装一个看门狗：到时间还没结束，faulthandler
# 就打印当时的调用栈并退出。会卡住的试验给 2 秒，应该正常结束的给 15 秒以防万一。
CASES = {
    "① 先 import multiprocessing，再打补丁，然后用 Pool.map": """
        import multiprocessing
        from gevent import monkey
        monkey.patch_all()

        if __name__ == "__main__":
            import faulthandler; faulthandler.dump_traceback_later(2, exit=True)
            print("创建 Pool(2)……", flush=True)
            pool = multiprocessing.Pool(2)
            print("Pool(2) 建好了", flush=True)
            print(pool.map(abs, [-1, -2, -3]))
    """,
    "② 按 gevent 的要求最先打补丁，然后用 Pool.apply_async": """
        from gevent import monkey
        monkey.patch_all()
        import multiprocessing

        if __name__ == "__main__":
            import faulthandler; faulthandler.dump_traceback_later(2, exit=True)
            print("创建 Pool(2)……", flush=True)
            pool = multiprocessing.Pool(2)
            print("Pool(2) 建好了", flush=True)
            handles = [pool.apply_async(abs, (x,)) for x in [-1, -2, -3]]
            print([h.get() for h in handles])
    """,
    "③ 打补丁后，每个任务直接用一个 Process": """
        from gevent import monkey
        monkey.patch_all()
        import multiprocessing

        if __name__ == "__main__":
            import faulthandler; faulthandler.dump_traceback_later(15, exit=True)
            procs = [multiprocessing.Process(target=abs, args=(x,)) for x in [-1, -2]]
            for p in procs:
                p.start()
            for p in procs:
                p.join()
            print(f"子进程的退出码：{[p.exitcode for p in procs]}")
    """,
    "④ 分开：进程池在不打补丁的进程里，gevent 在另一个先打补丁的子进程里": """
        import multiprocessing
        import subprocess
        import sys

        GEVENT_PART = (  # 子进程的程序：第一件事就是打补丁
            "from gevent import monkey; monkey.patch_all(); import gevent; "
            "jobs = [gevent.spawn(abs, x) for x in [-4, -5, -6]]; gevent.joinall(jobs); "
            "print(f'gevent 子进程：{[j.value for j in jobs]}')"
        )

        if __name__ == "__main__":
            import faulthandler; faulthandler.dump_traceback_later(15, exit=True)
            with multiprocessing.Pool(2) as pool:
                print(f"进程池：{pool.map(abs, [-1, -2, -3])}", flush=True)
            subprocess.run([sys.executable, "-c", GEVENT_PART], check=True)
    """,
}


def run_case(code):
    """在新会话里运行一段程序，返回它的输出；它退出后，把它留下的子进程也一并结束。"""
    # 输出写进文件而不是管道：留下的孤儿进程拖不住我们
    with tempfile.TemporaryFile(dir=".") as out:
        proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            proc.wait(timeout=20)
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # 卡住的进程池留下的工作进程也在这组里
            except ProcessLookupError:
                pass
        out.seek(0)
        return out.read().decode()


for title, code in CASES.items():
    output = run_case(code)
    print(title)
    printed, _, report = output.partition("Timeout (")  # faulthandler 的报告从这里开始
    for line in printed.splitlines():
        print("   " + line)
    if report:  # 只摘出调用栈里 multiprocessing 的那几层
        frames = re.findall(r'multiprocessing/(\w+)\.py", line \d+ in (\w+)', report)
        print("   卡住了：2 秒后还没有结束。进程里唯一的线程正在执行")
        print("   " + " → ".join(f"{module}.{func}" for module, func in reversed(frames)))
