import asyncio
import threading

async def square(n):
    await asyncio.sleep(0.05)
    return n * n

def from_thread(loop, results):
    fut = asyncio.run_coroutine_threadsafe(square(7), loop)
    print("thread got a", type(fut).__module__ + "." + type(fut).__name__)
    results.append(fut.result(timeout=2))

async def main():
    loop = asyncio.get_running_loop()
    results = []
    t = threading.Thread(target=from_thread, args=(loop, results))
    t.start()
    await asyncio.sleep(0.3)
    t.join()
    print("results:", results)

asyncio.run(main())
