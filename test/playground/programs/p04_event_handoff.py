import threading, time

ready = threading.Event()
box = []

def producer():
    time.sleep(0.1)
    box.append("payload")
    print("producer set the event")
    ready.set()

threading.Thread(target=producer, name="producer").start()
print("main waits:", ready.wait(timeout=1.0))
print("got", box, "is_set", ready.is_set())
print("wait on unset event times out:", threading.Event().wait(0.05))
