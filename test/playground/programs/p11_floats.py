from concurrent.futures import ThreadPoolExecutor

def compute(x):
    return x * 0.1, x / 3, x ** 0.5, 1e16 * x, float("inf") if x > 2 else -0.0

with ThreadPoolExecutor(max_workers=2) as ex:
    for r in ex.map(compute, [1, 2, 3]):
        print(r)
print(0.1 + 0.2, 1 / 3, 2.5e-10, round(2.675, 2), float("nan"))
