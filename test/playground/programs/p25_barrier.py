import threading, time

b = threading.Barrier(3)
out = []

def party(i):
    time.sleep(0.05 * i)
    out.append(("arrived", i))
    n = b.wait()
    out.append(("passed", i))

ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(out[:3], sorted(out[3:]))
