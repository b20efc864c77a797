import asyncio

async def waiter(event, timeout):
    try:
        await asyncio.wait_for(event.wait(), timeout)
        print("woken, timeout was", timeout)
    except asyncio.TimeoutError as e:
        print("gave up after", timeout, type(e).__name__)

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, t)) for t in (0.05, 0.5)]
    await asyncio.sleep(0.2)
    event.set()
    await asyncio.gather(*tasks)
    print("is set:", event.is_set())

asyncio.run(main())
