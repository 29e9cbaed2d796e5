"""用 symtable 分析 analysis_example.py：各代码块绑定的名字和向外找的名字。"""
import symtable
from pathlib import Path

source = Path(__file__).with_name("analysis_example.py").read_text(encoding="utf-8")
KINDS = {"module": "模块", "function": "函数", "class": "类"}


def names(table, test):
    return " ".join(s.get_name() for s in table.get_symbols() if test(s)) or "-"


def is_bound(sym):
    return sym.is_assigned() or sym.is_imported() or sym.is_parameter()


def show(table, depth=0):
    pad = "    " * depth
    kind = KINDS[str(table.get_type())]
    name = "analysis_example.py" if kind == "模块" else table.get_name()
    print(f"{pad}[{kind}] {name}")
    print(f"{pad}  本块绑定：{names(table, is_bound)}")
    if kind != "模块":
        print(f"{pad}  自由变量：{names(table, symtable.Symbol.is_free)}")
        print(f"{pad}  全局或内置：{names(table, symtable.Symbol.is_global)}")
    for child in table.get_children():
        show(child, depth + 1)


show(symtable.symtable(source, "analysis_example.py", "exec"))
