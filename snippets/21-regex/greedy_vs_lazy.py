"""贪婪量词尽量多匹配，加 ? 变成懒惰量词后尽量少匹配。"""
import re

text = "abooabbapds aboksldap"
print(re.findall(r"ab.*ap", text))    # 贪婪：从第一个 ab 一直吃到最后一个 ap
print(re.findall(r"ab.*?ap", text))   # 懒惰：每次遇到 ap 就收手

html = "<b>粗体</b>和<i>斜体</i>"
print(re.findall(r"<.+>", html))
print(re.findall(r"<.+?>", html))
print(re.findall(r"<[^>]+>", html))   # 用否定字符类往往比懒惰量词更直接

# 每种量词都有懒惰版本
s = "aaaa"
for greedy in ["a*", "a+", "a?", "a{2,3}", "a{2,}"]:
    lazy = greedy + "?"
    a, b = re.match(greedy, s).group(), re.match(lazy, s).group()
    print(f"{greedy:7}{a!r:8}{lazy:8}{b!r}")
