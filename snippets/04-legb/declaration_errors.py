"""global 和 nonlocal 用错时，在编译阶段就报 SyntaxError。"""
SOURCES = {
    "nonlocal 找不到外层绑定": "x = 0\ndef f():\n    nonlocal x\n",
    "模块顶层用 nonlocal": "nonlocal x\n",
    "先使用后声明 global": "def f():\n    print(x)\n    global x\n",
    "形参又声明为 global": "def f(x):\n    global x\n",
}

for title, source in SOURCES.items():
    try:
        compile(source, "<demo>", "exec")
    except SyntaxError as exc:
        print(f"{title}（第 {exc.lineno} 行）：\n    SyntaxError: {exc.msg}")
