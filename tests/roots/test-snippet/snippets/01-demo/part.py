import sys


class Box:
    # [start-core]
    def f(self):
        return 1

    # [end-core]


print(Box().f(), sys.version_info > (3,))
