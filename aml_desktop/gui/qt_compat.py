"""A guard for a reference-counting fault of PySide6 6.12 on Python 3.11.

PySide6 6.12's wrappers return ``None`` from void C++ functions without taking a reference,
which is correct only where ``None`` is immortal (Python 3.12 and later). On Python 3.11
every such call (``setText``, ``update``, ``processEvents``...) drops one reference to
``None``; after a few thousand calls the interpreter aborts with "deallocating None"
(measured here: 300 ``QLabel.setText`` calls take 300 references away).

The guard gives ``None`` a reference count no session can exhaust, which is what Python
3.12 does by design. It touches nothing else and does nothing on 3.12+, on debug builds
(whose object header is laid out differently) or on other interpreters.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 references: at a million void Qt calls a second, ~12 days of continuous use.
_RESERVE = 1 << 40
_installed = False


def guard_none_refcount() -> bool:
    """Make ``None`` practically immortal on CPython 3.11 release builds; True when applied."""
    global _installed
    if _installed:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE  # ob_refcnt is the first field of PyObject
    _installed = True
    return True
