from concurrent.futures import ThreadPoolExecutor

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(parse, "x1")
err = f.exception()
print(type(err).__name__, err, "| cause:", type(err.__cause__).__name__, err.__cause__)
