import asyncio

async def request(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")
    return name

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    names = await asyncio.gather(request("slow", 0.3), request("fast", 0.1), request("mid", 0.2))
    print(names)
    print("took about", round(loop.time() - start, 1), "s")

asyncio.run(main())
