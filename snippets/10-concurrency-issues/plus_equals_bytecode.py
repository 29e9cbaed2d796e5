"""count += 1 不是一条字节码：读、加、写是分开的几步。"""
import dis

count = 0


def increment():
    global count
    count += 1


ops = [ins.opname for ins in dis.get_instructions(increment)]
print(" → ".join(op for op in ops if op not in ("RESUME", "RETURN_CONST")))
