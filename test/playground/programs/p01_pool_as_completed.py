import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def work(n, delay):
    time.sleep(delay)
    return n * n

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(work, n, d): n for n, d in [(1, 0.3), (2, 0.1), (3, 0.2)]}
    for f in as_completed(futs):
        print("done", futs[f], "->", f.result())
print("all done")
