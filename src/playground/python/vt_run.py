"""Runs one learner program on the virtual-time threads and returns its Trace as JSON.

Example (from JavaScript, inside runPythonAsync):
    import vt_run; vt_run.run(source, {"maxSteps": 200000, "maxOutput": 100000})
"""
import builtins
import gc
import json
import linecache
import sys
import threading
import traceback

import vt_asyncio
import vt_blocking
import vt_guard
import vt_hooks
import vt_install
import vt_sched
from vt_trace import MAX_EVENTS, Recorder
from vt_waits import Waits

FILENAME = "main.py"
LINE_COST_US = 1000          # one executed line = 1 ms of virtual time (as the TS core)
_TOOL = sys.monitoring.PROFILER_ID


class Stream:
    """sys.stdout / sys.stderr: every write becomes trace text, within the output budget."""

    def __init__(self, kind, run):
        self.kind, self.run = kind, run

    def write(self, s):
        s = str(s)
        self.run.output += len(s)
        if self.run.output > self.run.max_output:
            vt_sched.S.abort("output")
            raise vt_sched.Killed()
        self.run.rec.text(self.kind, s)
        return len(s)

    def flush(self):
        pass

    def isatty(self):
        return False

    encoding = "utf-8"
    errors = "strict"


class Run:
    """State of one program run: scheduler, recorder and budgets."""

    def __init__(self, source, limits):
        self.source = source
        self.max_steps = int(limits.get("maxSteps", 200_000))
        self.max_output = int(limits.get("maxOutput", 100_000))
        self.steps = 0
        self.output = 0
        self.rec = Recorder(FILENAME, source)
        self.S = vt_sched.Sched(int(limits.get("lineCostUs", LINE_COST_US)))

    def on_line(self, code, line):
        S = self.S
        if S.dead:
            raise vt_sched.Killed()
        self.steps += 1
        if self.steps > self.max_steps or len(self.rec.events) > MAX_EVENTS:
            S.abort("steps")
            raise vt_sched.Killed()
        # As in the TS core: a line's work happens at once; its fixed cost is paid when the
        # thread reaches its next line, so threads due meanwhile run first.
        g = S.current
        if g.owes_line:
            S.park(S.now + S.line_cost, "running")
        g.owes_line = True
        self.rec.emit("line")

    def thread_start(self, g):
        t = g.thread
        kind = "timer" if isinstance(t, threading.Timer) else "worker"
        extra = {"timer": t._vt_id} if kind == "timer" and hasattr(t, "_vt_id") else {}
        self.rec.emit("thread.start", kind=kind, daemon=bool(t.daemon), **extra)

    def thread_finish(self, g):
        self.rec.emit("thread.finish")

    def deadlock(self, waiting):
        self.rec.emit("deadlock", force=True, thread="MainThread", waiting=[
            {"thread": self.S.name(g), "future": g.future, "what": g.what or "waiting forever"}
            for g in waiting])

    def sleep(self, until):
        self.rec.emit("thread.sleep", until=until, reason="sleep")


def _code_objects(code):
    """The module's code object and every function, lambda and class body inside it."""
    found = [code]
    for const in code.co_consts:
        if isinstance(const, type(code)):
            found.extend(_code_objects(const))
    return found


def _print_exception(e):
    tb = e.__traceback__.tb_next if e.__traceback__ is not None else None   # skip exec()
    traceback.print_exception(type(e), e, tb)


def _main(run, code):
    """The body of MainThread: the program, then the interpreter's exit sequence."""
    exit_code = 0
    try:
        exec(code, vt_guard.user_globals())
    except SystemExit as e:
        if e.code is None or isinstance(e.code, int):
            exit_code = e.code or 0
        else:
            print(e.code, file=sys.stderr)
            exit_code = 1
    except vt_sched.Killed:
        raise
    except BaseException as e:
        _print_exception(e)
        exit_code = 1
    run.rec.emit("thread.finish")
    vt_install.shutdown_threads()
    return exit_code


def run(source, limits):
    """Compile and run `source`; returns JSON: {"ok": trace} or {"error": report}."""
    try:
        code = compile(source, FILENAME, "exec")
    except SyntaxError as e:
        return json.dumps({"error": {"kind": "syntax", "message": f"{type(e).__name__}: {e.msg}",
                                     "line": e.lineno, "column": e.offset,
                                     "text": "".join(traceback.format_exception_only(e))}})
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)
    r = Run(source, limits)
    vt_install.install(r.S)
    vt_hooks.install_once()
    vt_blocking.install_once()
    vt_asyncio.install_once()
    vt_hooks.rec = vt_blocking.rec = r.rec
    vt_blocking.waits = Waits(r.S, r.rec)
    r.S.on_lock_created, r.S.on_lock_block = vt_blocking.lock_created, vt_blocking.lock_blocks
    r.S.on_thread_start, r.S.on_thread_finish = r.thread_start, r.thread_finish
    r.S.on_deadlock, r.S.on_sleep = r.deadlock, r.sleep
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Stream("stdout", r), Stream("stderr", r)
    mon = sys.monitoring
    mon.use_tool_id(_TOOL, "futures-visualizer")
    mon.register_callback(_TOOL, mon.events.LINE, r.on_line)
    for c in _code_objects(code):   # local events: only the learner's code is instrumented
        mon.set_local_events(_TOOL, c, mon.events.LINE)
    # The cyclic GC must not walk frames of suspended stacks (it crashes Pyodide under JSPI).
    gc.disable()
    guard = vt_guard.Guard(FILENAME)
    exit_code = None
    undo_asyncio = vt_asyncio.begin(r.rec, vt_blocking.waits, source)
    try:
        guard.__enter__()
        r.rec.emit("thread.start", kind="main", daemon=False)
        exit_code = _main(r, code)
    except vt_sched.Killed:
        pass
    finally:
        undo_asyncio()  # first: the unwinding below runs on Pyodide's own loop
        r.S.end_all()   # no suspended stack may outlive the run (or the monitoring hook)
        guard.__exit__()
        for c in _code_objects(code):
            mon.set_local_events(_TOOL, c, 0)
        mon.register_callback(_TOOL, mon.events.LINE, None)
        mon.free_tool_id(_TOOL)
        sys.stdout, sys.stderr = saved
        gc.enable()
        gc.collect()
    if r.S.stop_reason is None:   # after a deadlock the process would hang: no end
        r.rec.emit("program.end", force=True, exitCode=1 if exit_code is None else exit_code)
    r.S.dead = True                       # daemon threads still parked are abandoned
    trace = {"version": 2, "source": source, "events": r.rec.events,
             "end": r.rec.events[-1]["t"] if r.rec.events else 0}
    if r.S.stop_reason in ("steps", "output"):
        return json.dumps({"error": {"kind": "budget", "budget": r.S.stop_reason,
                                     "steps": r.steps, "output": r.output, "trace": trace}})
    return json.dumps({"ok": trace})
