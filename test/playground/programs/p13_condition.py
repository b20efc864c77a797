import threading, time

cond = threading.Condition()
items = []

def consumer(name):
    with cond:
        while not items:
            cond.wait()
        print(name, "took", items.pop(0))

cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
for c in cs:
    c.start()
time.sleep(0.1)
for item in ("x", "y"):
    with cond:
        items.append(item)
        cond.notify()
    time.sleep(0.1)
for c in cs:
    c.join()
print("left", items)
