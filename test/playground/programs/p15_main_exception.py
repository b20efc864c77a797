from concurrent.futures import Future

def check(f):
    return f.result() + 1

f = Future()
f.set_exception(ZeroDivisionError("division by zero"))
print("before")
check(f)
print("never")
