import threading, queue

ping, pong = queue.Queue(), queue.Queue()

def player():
    while True:
        n = ping.get()
        if n is None:
            break
        pong.put(n + 1)

t = threading.Thread(target=player)
t.start()
n = 0
for _ in range(5):
    ping.put(n)
    n = pong.get()
    print("rally", n)
ping.put(None)
t.join()
print("queue empty:", ping.empty(), pong.qsize())
