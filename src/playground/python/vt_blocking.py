"""Marks every blocking call for vt_waits, names the primitives the program makes, and
tells `executor.submit`.

The stdlib keeps CPython's code: methods are recompiled with one-line hooks (vt_rewrite),
so tracebacks show the same files, lines and carets as CPython. A threading / queue
primitive is a wait of its own only when the program's code calls it: the locks and
conditions inside Future, Queue, Event or a Timer never show (a Timer stays thread.sleep).

Example:
    vt_blocking.install_once(); vt_blocking.waits, vt_blocking.rec = Waits(S, rec), rec
"""
import concurrent.futures
import queue
import sys
import threading
from concurrent.futures import _base
from concurrent.futures import thread as cft

import vt_rewrite
import vt_sched
from vt_hooks import name_of

waits = None        # the running program's vt_waits.Waits
rec = None          # and its Recorder
_installed = False
_DONE = (_base.CANCELLED, _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)
_TYPE_NAMES = {vt_sched.VLock: "Lock", vt_sched.VRLock: "RLock"}


def _ours(frame):
    """Is this frame the program's own code?"""
    return frame is not None and frame.f_code.co_filename == rec.filename


def _in_threading(frame, name):
    return (frame is not None and frame.f_code.co_name == name
            and frame.f_code.co_filename == threading.__file__)


def name_of_object(obj):
    """`ready` for `ready = threading.Event()`, else the type's name (`Event`)."""
    name = getattr(obj, "_vt_name", None)
    return name or _TYPE_NAMES.get(type(obj), type(obj).__name__)


class Hooks:
    """What the recompiled stdlib methods call (as `_vtw`)."""

    @staticmethod
    def named(obj):
        if rec is not None and getattr(obj, "_vt_name", None) is None:
            obj._vt_name = rec.creation_name()

    @staticmethod
    def future(fut, call, timeout):
        waits.enter(call, fut._vt_name, [fut._vt_id], timeout, sys._getframe(1))

    @staticmethod
    def futures(call, order, fs, timeout):
        """wait() / as_completed(): `on` is the futures not done yet, in input order.
        Returns the timeout to wait: as_completed() waits again while its remaining time
        is not negative, so 0 becomes 1 µs (the clock only moves when threads wait)."""
        if order is None:      # an iterator, already consumed: creation order instead
            order = sorted(fs, key=lambda f: f.__dict__.get("_vt_id", 0))
        seen, pending = set(), []
        for f in order:
            if id(f) not in seen and f._state not in _DONE and "_vt_id" in f.__dict__:
                seen.add(id(f))
                pending.append(f)
        # A wait that timed out with a float remainder left goes on as the same wait.
        waits.enter(call, ", ".join(f._vt_name for f in pending),
                    [f._vt_id for f in pending], timeout, sys._getframe(1), again="timeout")
        return timeout if timeout is None else max(timeout, 1e-6)

    @staticmethod
    def order(fs):
        """The futures in the order given, if reading them does not consume them."""
        try:
            return None if iter(fs) is fs else list(fs)
        except TypeError:
            return None

    @staticmethod
    def join(thread, timeout):
        frame = sys._getframe(1)
        if _ours(frame.f_back):
            waits.enter("join", thread.name, [], timeout, frame)

    @staticmethod
    def primitive(obj, call, timeout, again=False):
        """Event/Condition/Semaphore/Queue: a wait when the program itself called it."""
        frame = sys._getframe(1)
        caller = frame.f_back
        if call == "Condition.wait" and _in_threading(caller, "wait_for"):
            caller = caller.f_back     # each wait of wait_for(); its predicate runs between
        if _ours(caller):
            waits.enter(call, name_of_object(obj), [], timeout, frame, again)

    @staticmethod
    def shutdown(executor):
        waits.enter("shutdown", executor._thread_name_prefix, [], None, sys._getframe(1))
        return True

    @staticmethod
    def in_start_order(threads):
        """shutdown() joins its workers in the order they started (CPython walks a set, in
        an order of no meaning), so the wake that ends its wait is the core's too."""
        return sorted(threads, key=lambda t: t.ident)

    @staticmethod
    def work(executor_reference):
        executor = executor_reference()
        prefix = (executor._thread_name_prefix if executor is not None
                  else threading.current_thread().name.rpartition("_")[0])
        waits.enter("work", prefix, [], None, sys._getframe(1))

    @staticmethod
    def submitted(executor, fut, fn):
        rec.emit("executor.submit", future=fut._vt_id, executor=executor._thread_name_prefix,
                 fn=name_of(fn))


def lock_created(lock):
    """`lock = threading.Lock()` / `threading.RLock()` in the program's code: named."""
    creator = sys._getframe(2)
    if _ours(creator) or (_in_threading(creator, "RLock") and _ours(creator.f_back)):
        lock._vt_name = rec.creation_name()


def lock_blocks(lock, timeout):
    """VLock.acquire is about to park: a Lock.acquire wait when the program called it
    (directly, by `with`, or through an RLock). Returns True for a Condition re-taking
    its lock after a wake, which is part of that Condition's wait."""
    frame = sys._getframe(1)
    caller = frame.f_back
    if caller.f_code.co_name == "_acquire_restore":
        return True
    target = lock
    if caller.f_code.co_name == "__enter__" and caller.f_locals.get("self") is lock:
        caller = caller.f_back
    elif isinstance(caller.f_locals.get("self"), threading._RLock) and _in_threading(
            caller, "acquire"):
        target, caller = caller.f_locals["self"], caller.f_back
    if _ours(caller):
        waits.enter("Lock.acquire", name_of_object(target), [], timeout, frame)
    return False


def _patch_futures(x):
    F, g = _base.Future, _base.__dict__
    for method in ("result", "exception"):
        vt_rewrite.patch_method(F, method, [
            ("self._condition.wait(timeout)",
             f"_vtw.future(self, {method!r}, timeout); self._condition.wait(timeout)"),
        ], g, x)
    # wait()/as_completed() make a set of fs; the docstring's line notes their order first.
    vt_rewrite.patch_function(g, "wait", [
        ('    """\n    fs = set(fs)', '    """; _vt_order = _vtw.order(fs)\n    fs = set(fs)'),
        ("waiter.event.wait(timeout)",
         "waiter.event.wait(_vtw.futures('wait', _vt_order, fs, timeout))"),
    ], x)
    vt_rewrite.patch_function(g, "as_completed", [
        ('    """\n    if timeout is not None:',
         '    """; _vt_order = _vtw.order(fs)\n    if timeout is not None:'),
        ("waiter.event.wait(wait_timeout)",
         "waiter.event.wait(_vtw.futures('as_completed', _vt_order, fs, wait_timeout))"),
    ], x)
    concurrent.futures.wait, concurrent.futures.as_completed = g["wait"], g["as_completed"]


def _patch_executor(x):
    T, g = cft.ThreadPoolExecutor, cft.__dict__
    vt_rewrite.patch_method(T, "submit", [
        ("f = _base.Future()", "f = _base.Future(); _vtw.submitted(self, f, fn)"),
    ], g, x, shared=True)
    vt_rewrite.patch_method(T, "shutdown", [
        ("        if wait:", "        if wait and _vtw.shutdown(self):"),
        ("for t in self._threads:", "for t in _vtw.in_start_order(self._threads):"),
    ], g, x, shared=True)
    vt_rewrite.patch_function(g, "_worker", [
        ("work_item = work_queue.get(block=True)",
         "_vtw.work(executor_reference); work_item = work_queue.get(block=True)"),
    ], x)


def _patch_threading(x):
    g = threading.__dict__
    vt_rewrite.patch_method(threading.Thread, "join", [
        ("self._os_thread_handle.join(timeout)",
         "_vtw.join(self, timeout); self._os_thread_handle.join(timeout)"),
    ], g, x, shared=True)
    vt_rewrite.patch_method(threading.Event, "wait", [
        ("signaled = self._cond.wait(timeout)",
         "_vtw.primitive(self, 'Event.wait', timeout); signaled = self._cond.wait(timeout)"),
    ], g, x, shared=True)
    vt_rewrite.patch_method(threading.Condition, "wait", [
        ("saved_state = self._release_save()",
         "_vtw.primitive(self, 'Condition.wait', timeout); "
         "saved_state = self._release_save()"),
    ], g, x, shared=True)
    vt_rewrite.patch_method(threading.Semaphore, "acquire", [
        ("self._cond.wait(timeout)",
         "_vtw.primitive(self, 'Semaphore.acquire', timeout, True); "
         "self._cond.wait(timeout)"),
    ], g, x, shared=True)
    # Named when made; the hook goes at the end of a line that cannot raise.
    for cls, anchor in ((threading.Event, "self._flag = False"),
                        (threading.Condition, "self._waiters = _deque()"),
                        (threading.Semaphore, "self._value = value")):
        vt_rewrite.patch_method(cls, "__init__", [(anchor, anchor + "; _vtw.named(self)")],
                                g, x, shared=True)


def _patch_queue(x):
    Q, g = queue.Queue, queue.__dict__
    for method, cond, call in (("get", "not_empty", "Queue.get"),
                               ("put", "not_full", "Queue.put")):
        vt_rewrite.patch_method(Q, method, [
            (f"self.{cond}.wait()\n",
             f"_vtw.primitive(self, {call!r}, None, True); self.{cond}.wait()\n"),
            (f"self.{cond}.wait(remaining)",
             f"_vtw.primitive(self, {call!r}, remaining, True); self.{cond}.wait(remaining)"),
        ], g, x, shared=True)
    vt_rewrite.patch_method(Q, "__init__", [
        ("self.is_shutdown = False", "self.is_shutdown = False; _vtw.named(self)"),
    ], g, x, shared=True)


def install_once():
    global _installed
    if not _installed:
        x = {"_vtw": Hooks}
        _patch_futures(x)
        _patch_executor(x)
        _patch_threading(x)
        _patch_queue(x)
        _installed = True
