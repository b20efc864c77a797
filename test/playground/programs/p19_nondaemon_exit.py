import threading, time

def late():
    time.sleep(0.2)
    print("non-daemon thread finishes after main")

threading.Thread(target=late).start()
print("main body done")
