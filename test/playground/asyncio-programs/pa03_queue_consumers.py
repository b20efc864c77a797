import asyncio

async def producer(queue):
    for item in range(5):
        await queue.put(item)
        print("put", item)
        await asyncio.sleep(0.05)
    for _ in range(2):
        await queue.put(None)

async def consumer(name, queue):
    while True:
        item = await queue.get()
        if item is None:
            print(name, "stops")
            return
        print(name, "got", item)
        await asyncio.sleep(0.12)

async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer("A", queue), consumer("B", queue))

asyncio.run(main())
