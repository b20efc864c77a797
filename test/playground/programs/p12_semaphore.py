import threading, time

sem = threading.Semaphore(2)
log = []

def worker(i):
    with sem:
        log.append(("in", i))
        time.sleep(0.05 * (i + 1))
        log.append(("out", i))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
