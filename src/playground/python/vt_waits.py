"""Every blocking call as one wait: `wait.begin` when the thread really parks in it, and
`wait.end` with the cause of its wake (src/core/trace.ts, trace version 2).

A hook marks the outermost blocking call just before it may block (`enter`). Nothing is
recorded unless the thread then parks inside that call. The end is told when the woken
thread next does anything (an event, another park, a new call), at the time and line it
was woken; so a call that parks again (Queue.get after another getter won the item, a
shutdown joining its next worker) stays ONE wait, and a call left by an exception
(queue.Empty, TimeoutError) still ends its wait.

Example:
    waits = Waits(S, rec)            # wires itself into the scheduler and the recorder
    waits.enter("Event.wait", "ready", [], timeout, frame)
"""
import sys

# Parks that are not a blocking call: a line's cost and time.sleep (thread.sleep).
_NOT_BLOCKING = ("running", "time.sleep")
# Callers on the waker's stack that say why a waiter woke, strongest first: a future's
# completion, a submit, a shutdown (also an exiting worker passing shutdown's None on).
_COMPLETION = {"set_result": "set_result", "set_exception": "set_exception",
               "cancel": "cancel", "set_running_or_notify_cancel": "cancel"}
_OTHER = {"notify": "notify()", "notify_all": "notify_all()", "release": "release()",
          "put": "put()", "get": "get()"}


class Wait:
    """One blocking call of one thread, from `enter` until its end is told."""

    __slots__ = ("call", "on", "futures", "until", "frame", "again", "begun", "woken",
                 "reason", "cause", "line")

    def __init__(self, call, on, futures, until, frame, again):
        self.call, self.on, self.futures, self.until = call, on, futures, until
        self.frame, self.again = frame, again
        self.begun = self.woken = False
        self.reason = self.cause = self.line = None


def _on_stack(frame):
    """Is `frame` still running (on the current thread's stack)?"""
    f = sys._getframe(1)
    while f is not None:
        if f is frame:
            return True
        f = f.f_back
    return False


class Waits:
    """The waits of one run: hooks called by the scheduler, the recorder and the stdlib."""

    def __init__(self, S, rec):
        self.S, self.rec = S, rec
        S.on_park, S.on_resume, S.on_unpark = self.park, self.resume, self.unpark
        rec.before_emit = self.flush_current

    # -- the blocking calls ------------------------------------------------------------
    def enter(self, call, on, futures, timeout, frame, again=False):
        """`frame` (the call's own frame) may block now. A loop that may block again in
        the same call passes `again` (True, or "timeout": only after a timeout), so its
        next round continues the same wait."""
        S = self.S
        if S.dead:
            return
        g = S.current
        w = g.wait
        if w is not None:
            if w.woken and w.frame is frame and again in (True, w.reason):
                return
            if not w.woken and not w.begun and w.frame is not frame and _on_stack(w.frame):
                return                 # inside an outer call already marked
            self.end(g)
        until = None if timeout is None or timeout < 0 else S.now + max(1, round(timeout * 1e6))
        g.wait = Wait(call, on, futures, until, frame, again)
        if call in ("result", "exception"):
            g.future = futures[0]
            g.what = f"{call}() on {on}"

    def end(self, g):
        """Tells a woken wait's end; forgets one that never blocked."""
        w, g.wait = g.wait, None
        g.future = None
        if w is not None and w.woken:
            self.rec.emit("wait.end", line=w.line, call=w.call, reason=w.reason, cause=w.cause)

    # -- scheduler hooks --------------------------------------------------------------
    def park(self, g, what, secondary):
        w = g.wait
        if w is None or self.S.dead or (secondary and w.begun):
            return                     # re-taking a Condition's lock after the wake
        blocking = what not in _NOT_BLOCKING
        if w.woken and blocking and _on_stack(w.frame):
            w.woken = False            # the same call blocks again: still one wait
            return
        if w.woken or not blocking or not _on_stack(w.frame):
            self.end(g)                # the call is over (or never blocked)
            return
        w.begun = True
        g.wake_cause = None
        self.rec.emit("wait.begin", call=w.call, on=w.on, futures=w.futures, until=w.until)

    def resume(self, g, reason, secondary):
        w = g.wait
        if w is None or not w.begun or secondary or self.S.dead:
            return
        w.woken = True
        w.reason = "timeout" if reason == "timeout" else "woken"
        w.cause = None if reason == "timeout" else g.wake_cause
        w.line = self.rec.user_line()

    def unpark(self, g, reason, by):
        w = g.wait
        if w is None or not w.begun or w.woken or g.secondary or reason == "timeout":
            return
        g.wake_cause = self.cause(by)

    def flush_current(self, thread):
        g = self.S.current
        if g.wait is not None and g.wait.woken and thread in (None, self.S.name(g)):
            self.end(g)

    # -- who woke it -------------------------------------------------------------------
    def cause(self, by=None):
        """The waker (the current thread): its latest event, and the call that woke.
        A waker just back from a wait of its own has left it: that end is told first."""
        S = self.S
        self.flush_current(None)
        waker = S.name(S.current)
        return {"seq": self.rec.last_seq.get(waker), "thread": waker,
                "by": by or self._by_from_stack()}

    def _by_from_stack(self):
        """Reads the waker's stack up to the program's own code: the strongest known
        caller names the wake. A pool worker that ends passes shutdown's None on to the
        next idle worker: that wake is shutdown()'s too, from the worker."""
        completion = submit = shutdown = other = None
        f = sys._getframe(1)
        while f is not None and f.f_code.co_filename != self.rec.filename:
            name = f.f_code.co_name
            if name in _COMPLETION and completion is None:
                completion = _COMPLETION[name]
            elif name == "submit":
                submit = "submit()"
            elif name in ("shutdown", "_python_exit", "_worker"):
                shutdown = "shutdown()"
            elif name == "set" and f.f_code.co_filename.endswith("threading.py"):
                other = "Event.set()"
            elif name in _OTHER:
                other = _OTHER[name]
            f = f.f_back
        return completion or submit or shutdown or other or "release()"
