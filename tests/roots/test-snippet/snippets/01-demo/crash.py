raise SystemExit("不行")
