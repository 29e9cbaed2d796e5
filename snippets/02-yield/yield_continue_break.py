"""裸 yield 常被说成 continue / break：看看每次恢复后实际走到哪里，最后一次 send() 抛出异常。"""


def get_detection_result():
    tmpi = 0
    ret = True
    while ret:
        if tmpi % 4 == 0:
            print("  [分支 0] 裸 yield，恢复后继续循环（“continue”）")
            tmpi += 1
            yield
        elif tmpi % 4 == 1:
            print("  [分支 1] ret = False，裸 yield，恢复后循环结束（“break”）")
            tmpi += 1
            ret = False
            yield
        elif tmpi % 4 == 2:            # 永远到不了：ret 已经是 False
            tmpi += 1
            m = yield tmpi
            print(m)
        else:                          # 同样到不了；真到了会无限打印
            print("xxxxxxx")


f = get_detection_result()
print("next(f) ->", next(f))
print("f.send(101) ->", f.send(101))
print("f.send(102) ->", f.send(102))
# snippet: exit=1
