# snippet: exit=1
raise SystemExit("不行")
