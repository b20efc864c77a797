from concurrent.futures import Future, InvalidStateError
f = Future(); f.set_result(1)
try:
    f.set_result(2)
except InvalidStateError as e:
    print(type(e).__name__ + ":", e)
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print(type(e).__name__ + ":", e)
print(f.result())
c = Future(); c.cancel()
try:
    c.set_result(3)
except InvalidStateError as e:
    print(repr(e))
x = Future(); x.set_exception(KeyError('k'))
try:
    x.set_result(5)
except InvalidStateError as e:
    print(e)
