import asyncio
import threading

async def where(label):
    await asyncio.sleep(0.05)
    print(label, "runs on", threading.current_thread().name)
    return label.upper()

def in_thread():
    print("thread result:", asyncio.run(where("thread")))

t = threading.Thread(target=in_thread, name="Looper")
t.start()
t.join()
print("main result:", asyncio.run(where("main")))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside a loop:", e)
