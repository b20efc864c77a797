import asyncio

async def slow(label):
    try:
        await asyncio.sleep(0.3)
        print(label, "finished")
        return label
    except asyncio.CancelledError:
        print(label, "was cancelled")
        raise

async def main():
    plain = asyncio.create_task(slow("plain"))
    inner = asyncio.create_task(slow("shielded"))
    guarded = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    plain.cancel()
    guarded.cancel()
    results = await asyncio.gather(plain, guarded, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("inner result:", await inner)

asyncio.run(main())
