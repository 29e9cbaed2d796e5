"""Python 3.11 起支持占有量词 *+、++、?+ 和原子组 (?>...)：吃下的字符不再吐出来。"""
import re

s = "aaa"
# 普通贪婪：a* 先吃 3 个，再回溯吐出 1 个，让最后的 a 能匹配
print(re.match(r"a*a", s))
print(re.match(r"a*+a", s))     # 占有：a*+ 吃下 3 个就不吐，最后的 a 无字可配
print(re.match(r"(?>a*)a", s))  # 原子组效果相同

# 实际用途：明确告诉引擎“这里不必回溯”，匹配失败时能更快失败
print(re.fullmatch(r"\d++px", "120px"), re.fullmatch(r"\d++px", "120em"))
# snippet: requires=3.11
