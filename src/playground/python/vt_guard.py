"""Refuses, in plain words, what the playground does not offer: input(), files and network.

Example:
    with Guard("main.py"): exec(code, user_globals())
"""
import builtins
import sys

_REFUSED_MODULES = ("socket", "ssl", "select", "selectors", "urllib.request", "http.client",
                    "ftplib", "smtplib", "js", "pyodide", "pyodide_js", "micropip",
                    "subprocess", "multiprocessing")

_globals = None

# Compiled under "<playground>" so a refusal's traceback names the playground, not our files.
_SRC = '''
def input(prompt=""):
    raise OSError("input() is not available in the playground: "
                  "a program here cannot read from the keyboard")

def open(file, *args, **kwargs):
    if _from_user(): raise PermissionError(
        "file access is not available in the playground: a program here cannot open files")
    return _open(file, *args, **kwargs)

def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and globals is _user() and _refused(name): raise ImportError(
        f"the playground does not offer network or system access: cannot import {name}")
    return _import(name, globals, locals, fromlist, level)
'''


def user_globals():
    global _globals
    _globals = {"__name__": "__main__", "__builtins__": builtins}
    return _globals


def _refused(name):
    return any(name == m or name.startswith(m + ".") for m in _REFUSED_MODULES)


class Guard:
    """Swaps input/open/__import__ for refusing versions while the program runs."""

    def __init__(self, filename):
        self.filename = filename
        self.saved = None

    def _from_user(self):
        f = sys._getframe(2)
        return f is not None and f.f_code.co_filename == self.filename

    def __enter__(self):
        self.saved = builtins.input, builtins.open, builtins.__import__
        env = {"_open": builtins.open, "_import": builtins.__import__, "_refused": _refused,
               "_user": lambda: _globals, "_from_user": self._from_user}
        exec(compile(_SRC, "<playground>", "exec"), env)
        builtins.input, builtins.open, builtins.__import__ = (
            env["input"], env["open"], env["__import__"])
        return self

    def __exit__(self, *exc):
        builtins.input, builtins.open, builtins.__import__ = self.saved
