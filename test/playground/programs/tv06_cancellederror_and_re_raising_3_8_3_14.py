from concurrent.futures import Future, CancelledError
f = Future()
f.cancel()
for method in (f.result, f.exception):
    try:
        method()
    except CancelledError as e:
        print(method.__name__, type(e).__module__ + "." + type(e).__name__, repr(e), repr(str(e)))
g = Future(); err = ValueError("boom"); g.set_exception(err)
print(g.exception() is err)
try:
    g.result()
except ValueError as e:
    print("result() re-raised:", repr(e), e is err)
