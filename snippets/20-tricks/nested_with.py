"""一条 with 语句可以同时管理多个上下文管理器，等价于逐层嵌套的 with。"""

from contextlib import ExitStack, contextmanager


@contextmanager
def test_context(name):
    print(f"进入 {name}")
    yield name
    print(f"退出 {name}")


print("--- 嵌套写法 ---")
with test_context("aaa"):
    with test_context("bbb"):
        print("========== in main ============")

print("--- 一行写法：效果完全相同，先进后出 ---")
with test_context("aaa"), test_context("bbb"):
    print("========== in main ============")

print("--- Python 3.10+：用括号分成多行，可以各自带 as ---")
with (
    test_context("aaa") as a,
    test_context("bbb") as b,
):
    print(f"========== in main: {a}, {b} ============")

print("--- 个数运行时才知道：contextlib.ExitStack ---")
with ExitStack() as stack:
    names = [stack.enter_context(test_context(n)) for n in ("x", "y", "z")]
    print("========== in main:", names)
