"""用 symtable 分析练习 2：编译器怎样给每个函数里的每个名字归类。"""
import symtable
from pathlib import Path

path = Path(__file__).with_name("exercise02_len_shadow.py")
source = path.read_text(encoding="utf-8")


def classify(sym):
    if sym.is_declared_global():
        kind = "global 声明 → 全局"
    elif sym.is_nonlocal():
        kind = "nonlocal 声明 → 外层函数"
    elif sym.is_parameter():
        kind = "形参（局部）"
    elif sym.is_local():
        kind = "局部"
    elif sym.is_free():
        kind = "自由变量 → 外层函数"
    else:
        kind = "全局或内置"
    if not (sym.is_referenced() or sym.is_assigned()):
        kind += "，但本函数根本没有用到它"
    return kind


def show(table):
    for child in table.get_children():
        print(f"函数 {child.get_name()}：")
        for sym in child.get_symbols():
            print(f"    {sym.get_name():<7} {classify(sym)}")
        show(child)


show(symtable.symtable(source, "exercise02_len_shadow.py", "exec"))
