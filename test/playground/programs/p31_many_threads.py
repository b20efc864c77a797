import threading, time
from concurrent.futures import ThreadPoolExecutor

def square(n):
    time.sleep(0.01)
    return n * n

with ThreadPoolExecutor(max_workers=8) as ex:
    total = sum(ex.map(square, range(40)))
print("total", total)
names = sorted({t.name for t in threading.enumerate()})
print(names)
