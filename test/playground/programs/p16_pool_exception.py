from concurrent.futures import ThreadPoolExecutor

def risky(n):
    if n == 2:
        raise ValueError(f"bad {n}")
    return n

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(risky, n) for n in range(4)]
for f in fs:
    print(f.exception() if f.exception() else f.result())
print(fs[2])
