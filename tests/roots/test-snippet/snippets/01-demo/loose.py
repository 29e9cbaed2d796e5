# snippet: unordered
# snippet: vary=\d+
print(1)
