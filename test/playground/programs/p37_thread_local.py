import threading

data = threading.local()
data.name = "main"
seen = []

def worker(n):
    data.name = f"worker {n}"
    seen.append((n, data.name, hasattr(data, "other")))

ts = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(seen, data.name)
