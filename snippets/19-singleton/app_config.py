"""模块级单例：模块只执行一次，模块里创建的对象在整个进程里只有一个。"""


class _Settings:
    def __init__(self):
        print(f"  创建 Settings（模块 {__name__} 正在执行）")
        self.debug = False
        self.db_url = "sqlite:///app.db"


settings = _Settings()   # 别的模块 import 它时拿到的都是这一个对象


if __name__ == "__main__":
    # 直接运行本文件时，它是 __main__ 模块；再 import app_config 会按模块名
    # 重新执行一遍文件，得到第二个模块对象和第二个 settings
    import app_config

    print("同一个对象吗？", app_config.settings is settings)
