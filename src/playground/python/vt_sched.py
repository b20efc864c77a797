"""Cooperative threads in virtual time for Pyodide (needs JSPI: pyodide.ffi.run_sync).

Only the _thread-level primitives (lock, thread start, thread handle, get_ident) and
time.sleep/monotonic are replaced; CPython's own threading, queue and
concurrent.futures run on top.  Every thread is an asyncio task with its own wasm
stack; exactly one runs at a time; a blocked thread parks on an asyncio Future with
run_sync().  The clock jumps to the earliest deadline only when nothing can run.

Example:
    S = Sched(trace)          # then install(S); threads now run in virtual time
"""
import _thread
import asyncio
import heapq
import itertools
import threading
from collections import deque

from pyodide.ffi import run_sync


class Killed(BaseException):
    """Unwinds a parked thread's stack after a deadlock or a budget stop."""


class GThread:
    """One green thread: its wake-up future and what it is waiting for."""

    def __init__(self, ident, func=None):
        self.ident, self.func, self.fut, self.token = ident, func, None, 0
        self.reason = None
        self.what = None          # "lock", "join", "sleep", ... while parked
        self.future = None        # FutureId while blocked in result()/exception()
        self.wait = None          # the blocking call it is in (vt_waits.Wait), if told
        self.secondary = False    # parked to re-take a Condition's lock after a wake
        self.wake_cause = None    # who unparked it last (a trace Cause)
        self.thread = getattr(func, "__self__", None)  # the threading.Thread
        self.owes_line = False    # the cost of its last line is still to be paid


class Sched:
    """The scheduler: a FIFO of ready threads and a heap of deadlines (virtual µs)."""

    def __init__(self, line_cost_us):
        self.now = 0                  # virtual time, integer microseconds
        self.line_cost = line_cost_us
        self.ready = deque()
        self.timers = []              # (deadline, seq, gthread, token)
        self.seq = itertools.count()
        self.idents = itertools.count(1001)
        self.loop = asyncio.get_event_loop()
        self.main = GThread(_thread.get_ident())
        self.current = self.main
        self.all = {self.main.ident: self.main}
        self.tasks = []
        self.dead = False
        self.stop_reason = None       # None | "deadlock" | "steps" | "output"
        self.on_deadlock = None       # set by the tracer: called with [GThread]
        self.on_thread_start = None
        self.on_thread_finish = None
        self.on_sleep = None
        self.on_lock_created = None   # (VLock): names a lock the program makes
        self.on_lock_block = None     # (VLock, timeout) -> secondary: acquire() blocks
        self.on_park = None       # (g, what, secondary): a wait may begin or end
        self.on_resume = None     # (g, reason, secondary): back from a park
        self.on_unpark = None     # (g, reason, by): the current thread wakes g
        self.exiting = False      # the interpreter's exit joins are not the program's

    def name(self, g):
        t = g.thread if g.thread is not None else threading._active.get(g.ident)
        return t.name if t is not None else "MainThread"

    # -- blocking protocol -------------------------------------------------
    def park(self, deadline=None, what="block", secondary=False):
        """Block the current thread until unpark() or the deadline (virtual µs).
        `secondary`: re-taking a Condition's lock after its wake (not a wait of its own)."""
        me = self.current
        if self.on_park:
            self.on_park(me, what, secondary)
        me.token += 1
        me.reason, me.what, me.secondary = None, what, secondary
        if deadline is not None:
            heapq.heappush(self.timers, (deadline, next(self.seq), me, me.token))
        self._switch(me, parking=True)
        me.what = None
        if self.on_resume:
            self.on_resume(me, me.reason, secondary)
        return me.reason

    def unpark(self, g, reason="notified", by=None):
        """Makes g ready; `by` names the waking call when the stack cannot (thread end)."""
        if self.dead:
            return
        if self.on_unpark:
            self.on_unpark(g, reason, by)
        g.token += 1                  # voids its pending timeout
        g.reason = reason
        self.ready.append(g)

    def _due_to_ready(self):
        while self.timers and self.timers[0][0] <= self.now:
            _, _, g, tok = heapq.heappop(self.timers)
            if tok == g.token:
                self.unpark(g, "timeout")

    def _pick(self):
        self._due_to_ready()
        while not self.ready:
            if not self.timers:
                return None
            deadline, _, g, tok = heapq.heappop(self.timers)
            if tok != g.token:
                continue              # stale timeout
            self.now = max(self.now, deadline)
            self.unpark(g, "timeout")
        return self.ready.popleft()

    def _switch(self, me, parking):
        if self.dead:
            raise Killed()
        nxt = self._pick()
        if nxt is None:
            waiting = [g for g in self.all.values() if g is not me or parking]
            if self.on_deadlock:
                self.on_deadlock(waiting)
            self.abort("deadlock")
            if parking:
                raise Killed()
            return
        if nxt is me:
            return
        if parking:
            me.fut = self.loop.create_future()
        self.current = nxt
        nxt.fut.set_result(None)      # wakes nxt (its run_sync / await returns)
        if parking:
            try:
                run_sync(me.fut)      # suspends this wasm stack (JSPI)
            finally:
                if self.dead:
                    self.current = me  # unwinding after a stop

    def abort(self, reason):
        """Stop the whole program: every parked stack is unwound with Killed."""
        if self.dead:
            return
        self.stop_reason = reason
        self.dead = True
        for g in list(self.all.values()):
            if g is not self.current and g.fut is not None and not g.fut.done():
                g.fut.set_exception(Killed())

    def end_all(self):
        """At exit: unwind every thread still parked (daemons, or after a stop) and wait."""
        self.dead = True
        for g in list(self.all.values()):
            if g is not self.current and g.fut is not None and not g.fut.done():
                g.fut.set_exception(Killed())
        pending = [t for t in self.tasks if not t.done()]
        if pending:
            run_sync(asyncio.wait(pending))

    # -- thread lifecycle --------------------------------------------------
    def spawn(self, func, handle):
        g = GThread(next(self.idents), func)
        g.fut = self.loop.create_future()
        handle.ident, handle.g = g.ident, g
        self.all[g.ident] = g
        self.tasks.append(self.loop.create_task(self._run(g, handle)))
        self.ready.append(g)
        return g.ident

    async def _run(self, g, handle):
        try:
            await g.fut               # wait to be scheduled the first time
        except Killed:
            return
        # Pyodide's loop runs this task: the thread itself runs no event loop until the
        # program starts one (asyncio.run in a thread); Pyodide's is back before the task ends.
        webloop = asyncio.events._get_running_loop()
        asyncio.events._set_running_loop(None)
        try:
            if self.on_thread_start:
                self.on_thread_start(g)
            g.func()                  # threading.Thread._bootstrap; may run_sync()
            if self.on_thread_finish:
                self.on_thread_finish(g)
        except Killed:
            return
        finally:
            asyncio.events._set_running_loop(webloop)
        handle._set_done()
        del self.all[g.ident]
        if not self.dead:
            self._switch(g, parking=False)   # hand the CPU on and end


S = None   # the running scheduler (one program at a time)


class VLock:
    """Replacement for _thread.lock: FIFO hand-off, releasable by any thread."""

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"

    def __init__(self):
        self._locked, self._waiters = False, deque()
        if S is not None and S.on_lock_created is not None:
            S.on_lock_created(self)

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout == 0:
            return False
        me = S.current
        self._waiters.append(me)
        deadline = _deadline(timeout)
        secondary = S.on_lock_block(self, timeout) if S.on_lock_block else False
        if S.park(deadline, me.what or "lock", secondary) == "timeout":
            self._waiters.remove(me)
            return False
        return True                   # ownership handed over by release()

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        if self._waiters:
            S.unpark(self._waiters.popleft(), "lock handed over")
        else:
            self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self.__init__()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    acquire_lock, release_lock, locked_lock = acquire, release, locked


class VHandle:
    """Replacement for _thread._ThreadHandle."""

    def __init__(self, ident=None):
        self.ident, self.g, self._done, self._joiners = ident, None, False, []

    def is_done(self):
        return self._done

    def _set_done(self):
        self._done = True
        for g in self._joiners:
            S.unpark(g, "joined", by="thread end")
        self._joiners = []

    def join(self, timeout=None):
        if self._done or timeout == 0:
            return
        me = S.current
        self._joiners.append(me)
        target = S.name(self.g) if self.g is not None else "a thread"
        deadline = _deadline(timeout)
        if S.exiting:   # the interpreter's exit joins: no wait of the program's
            S.park(deadline, "interpreter exit: joining non-daemon threads")
            return
        if S.park(deadline, f"join() on {target}") == "timeout":
            self._joiners.remove(me)


def _deadline(timeout):
    """A timeout in seconds as a deadline; at least 1 µs ahead, so a wait loop that
    recomputes a tiny float `remaining` (queue.get, Condition.wait_for) always ends."""
    if timeout is None or timeout < 0:
        return None
    return S.now + max(1, round(timeout * 1e6))


def start_joinable_thread(function, handle=None, daemon=True):
    handle = handle or VHandle()
    S.spawn(function, handle)
    return handle


def vsleep(secs):
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if S.on_sleep:
        S.on_sleep(S.now + round(secs * 1e6))
    S.park(S.now + round(secs * 1e6), "time.sleep")


def seconds():
    return S.now / 1e6


VLock.__module__, VLock.__name__, VLock.__qualname__ = "_thread", "lock", "lock"


class VRLock(threading._RLock):
    """threading's pure-Python RLock on VLock, shown as CPython shows its C RLock."""

    def __init__(self):
        super().__init__()
        if S is not None and S.on_lock_created is not None:
            S.on_lock_created(self)

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return (f"<{state} _thread.RLock object owner={self._owner or 0} "
                f"count={self._count} at {id(self):#x}>")


VRLock.__module__, VRLock.__name__, VRLock.__qualname__ = "_thread", "RLock", "RLock"
