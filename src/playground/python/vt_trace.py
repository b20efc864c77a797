"""Records a run as the app's Trace events (src/core/trace.ts), in virtual time.

Example:
    rec = Recorder("main.py", source); hooks.rec = rec   # events land in rec.events
"""
import ast
import sys
import threading
import weakref

import vt_sched

# Events after this many are a runaway program (checked with the step budget).
MAX_EVENTS = 400_000


class Recorder:
    """Holds one run's events and the numbering of futures, timers and callbacks."""

    def __init__(self, filename, source):
        self.filename = filename
        self.events = []
        self.futures = 0
        self.timers = 0
        self.callbacks = 0
        self.names = assignment_names(source)
        # plain name -> the futures given it so far: [event, future, qualified name]
        self.named = {}
        self.open_text = None      # the last stdout/stderr event, while it may grow
        self.last_seq = {}         # thread name -> seq of its latest event (a wake's cause)
        self.before_emit = None    # (thread or None): a woken wait's end is told first

    def emit(self, type_, force=False, thread=None, line=False, **fields):
        """Appends one event; `line` overrides the program line it happens on."""
        S = vt_sched.S
        if S is None or (S.dead and not force):
            return None
        if self.before_emit is not None:
            self.before_emit(thread)
        ev = {"seq": len(self.events), "t": S.now, "thread": thread or S.name(S.current),
              "line": self.user_line() if line is False else line, "type": type_}
        ev.update(fields)
        self.events.append(ev)
        self.last_seq[ev["thread"]] = ev["seq"]
        self.open_text = None
        return ev

    def user_line(self):
        f = sys._getframe(1)
        while f is not None:
            if f.f_code.co_filename == self.filename:
                return f.f_lineno
            f = f.f_back
        return None

    def text(self, stream, s):
        """One print() call becomes one event: writes join until a newline ends them."""
        S = vt_sched.S
        last = self.open_text
        if (last is not None and last["type"] == stream and last["t"] == S.now
                and last["thread"] == S.name(S.current) and self.events[-1] is last):
            last["text"] += s
        else:
            self.emit(stream, text=s)
            last = self.events[-1] if self.events else None
        self.open_text = None if last is None or s.endswith("\n") else last

    def future_name(self, n):
        """The variable the program assigns the new future to, outermost call first;
        else `fut{n}`, as the core names a future the program keeps in no variable."""
        return self.creation_name() or f"fut{n}"

    def name_future(self, fut, event):
        """Names future `fut` (its `future.create` event is `event`) as `future_name` does,
        but never as an earlier future: where the code names futures alike (`fut` in every
        `fetch_square` call) each is told by its call, `fut · fetch_square(2)`, the earlier
        ones renamed too. Waits already recorded keep the code's own words (`fut.result()`)."""
        found = self.creation_frame()
        plain = found[0] if found else f"fut{fut._vt_id}"
        qualified = qualified_name(plain, found[1] if found else None)
        others = self.named.setdefault(plain, [])
        if others:
            for entry in others:
                if entry[0]["name"] == plain:
                    entry[0]["name"] = entry[2]
                    earlier = entry[1]()
                    if earlier is not None:
                        earlier._vt_name = entry[2]
            taken = {entry[2] for entry in others}
            name = qualified
            k = 2
            while name in taken:      # the same call twice: fetch_square(2) and again
                name = f"{qualified} #{k}"
                k += 1
        else:
            name = plain
        # A weak reference: an asyncio future's end is observable ("exception was never
        # retrieved" when it is freed), so the recorder must not keep it alive.
        others.append([event, weakref.ref(fut), name if others else qualified])
        fut._vt_name = event["name"] = name

    def creation_name(self):
        """The variable the program assigns what is being made to (`ready = Event()`),
        outermost call first; None outside a `name = call(...)` statement."""
        found = self.creation_frame(2)
        return found[0] if found else None

    def creation_frame(self, skip=2):
        """(name, frame) of `creation_name`: the frame whose line assigns it; or None."""
        frames = []
        f = sys._getframe(skip)
        while f is not None:
            if f.f_code.co_filename == self.filename:
                frames.append(f)
            f = f.f_back
        for f in reversed(frames):
            name = self.names.get(f.f_lineno)
            if name:
                return name, f
        return None


def qualified_name(plain, frame):
    """`fut · fetch_square(2)`: the name and the call whose body named it, with the reprs
    of its arguments (each cut to 20 characters); `fut` alone at the module's top level."""
    if frame is None or frame.f_code.co_name == "<module>":
        return plain
    return f"{plain} · {call_text(frame)}"


def call_text(frame, name=None):
    """`fetch_square(2)`: the call running in `frame`, with the reprs of its arguments
    (`self` and `cls` left out, each cut to 20 characters)."""
    code = frame.f_code
    count = code.co_argcount + code.co_kwonlyargcount
    names = [a for a in code.co_varnames[:count] if a not in ("self", "cls")]
    shown = []
    for a in names:
        try:
            text = repr(frame.f_locals.get(a))
        except Exception:            # a repr that raises must not stop the program
            text = "…"
        shown.append(text if len(text) <= 20 else text[:19] + "…")
    return f"{name or code.co_name}({', '.join(shown)})"


def makes_many(value):
    """Whether an expression may make many objects: a loop (comprehension) or `.map(...)`.
    `total = sum(ex.map(job, xs))` must not name a thousand futures `total`."""
    for node in ast.walk(value):
        if isinstance(node, ast.comprehension):
            return True
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "map"):
            return True
    return False


def assignment_names(source):
    """Maps each line of `name = call(...)` statements to `name`, unless the call may make
    many objects (then each keeps its own number, `fut{n}`, as in the core)."""
    names = {}
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return names
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call)
                and not makes_many(node.value)):
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                names[line] = node.targets[0].id
    return names
