import sys
print("a", "b", "c", sep="-", end="|\n")
print("no newline", end="")
print(" then more")
print("to stderr", file=sys.stderr)
sys.stdout.write("raw write\n")
print(*range(5))
print()
print("x" * 3, [1, 2], {"k": (1,)}, None, True)
