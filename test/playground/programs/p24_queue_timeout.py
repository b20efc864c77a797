import queue, threading, time

q = queue.Queue(maxsize=1)
q.put("first")
try:
    q.put("second", timeout=0.05)
except queue.Full:
    print("full")
print(q.get())
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("empty")
threading.Timer(0.1, q.put, args=("from timer",)).start()
print(q.get())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for i in (3, 1, 2):
    lq.put(i); pq.put(i)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
