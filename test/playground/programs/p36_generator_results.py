import time
from concurrent.futures import ThreadPoolExecutor

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

with ThreadPoolExecutor(max_workers=2) as ex:
    results = list(ex.map(fib, [10, 90, 300]))
print(results)
print(time.monotonic() >= 0, type(time.time()).__name__)
