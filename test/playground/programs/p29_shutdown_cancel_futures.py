import threading, time
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=1)
def job(i):
    time.sleep(0.1)
    return i
fs = [ex.submit(job, i) for i in range(4)]
time.sleep(0.05)
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs], fs[0].result())
try:
    ex.submit(job, 9)
except RuntimeError as e:
    print("RuntimeError:", e)
