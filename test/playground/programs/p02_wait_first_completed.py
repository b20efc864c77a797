import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED

def slow(tag, delay):
    time.sleep(delay)
    return tag

ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(slow, "slow", 0.3), ex.submit(slow, "fast", 0.1)]
done, pending = wait(fs, return_when=FIRST_COMPLETED)
print([f.result() for f in done], len(pending))
done, pending = wait(fs, return_when=ALL_COMPLETED)
print(sorted(f.result() for f in done), len(pending))
ex.shutdown()
