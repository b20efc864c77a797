import threading, time

def forever():
    time.sleep(10)
    print("never printed")

d = threading.Thread(target=forever, daemon=True)
d.start()
print("daemon:", d.daemon, "alive:", d.is_alive())
