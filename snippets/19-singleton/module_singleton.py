"""不论从哪里、用哪种写法导入，拿到的都是同一个模块对象里的同一个 settings。"""
import importlib
import sys

print("第一次导入：")
import app_config                          # noqa: E402  第一次导入才执行模块代码
from app_config import settings            # noqa: E402  之后只是从 sys.modules 里取

print("第二、三次导入：")
again = importlib.import_module("app_config")

print("settings 是同一个对象：", settings is app_config.settings is again.settings)
print("sys.modules 里缓存着模块：", sys.modules["app_config"] is app_config)

app_config.settings.debug = True            # 在一处修改
print("另一处看到的 debug：", settings.debug)

print("reload 会重新执行模块：")
importlib.reload(app_config)
print("reload 之后还是原来的对象吗？", app_config.settings is settings)
