from concurrent.futures import Future
def done(v=None, exc=None):
    f = Future()
    if exc is not None: f.set_exception(exc)
    else: f.set_result(v)
    return f
for v in [None, 4, 10**40, 6.25, True, "s", {'success': True, 'result': 4}, [1], (1, 2), 1j]:
    print(done(v))
print(done(exc=ValueError("bad")))
print(done(exc=KeyboardInterrupt()))
print(done(exc=TypeError))
class MyFuture(Future): pass
print(MyFuture())
