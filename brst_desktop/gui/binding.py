"""A guard against a fault of the Qt binding that would end the program mid-session.

PySide6 6.12.0 on Python 3.11 returns ``None`` from each Qt method that returns nothing
(``QLineEdit.setText``, ``QSize.setHeight``...), and ``True`` from ``Signal.emit()``, without
taking a reference to it. That is right on Python 3.12 and later, where these objects are
immortal, and wrong on 3.11: every such call lowers the object's reference count by one.
Measured in the editor: about 180 references to ``None`` per field typed and stored, from some
55,000 at start, and one to ``True`` per key typed (each key emits a signal), from some 14,000.
A few hundred edits in one session reach zero and the interpreter aborts ("Fatal Python error:
none_dealloc" / "bool_dealloc"). PySide6 6.11 does not do it, but it draws one-line fields
differently; this guard is the smaller change.

On Python 3.11 :func:`keep_none_alive` gives ``None``, ``True`` and ``False`` what 3.12 gives
them: a reference count no session can use up. It only raises the counts (never lowers them)
and does nothing on 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

#: Far more references than any session releases (one per call: 2**40 calls is decades).
RESERVE = 1 << 40


#: The objects the binding hands out without a reference.
SHARED = (None, True, False)


def keep_none_alive() -> None:
    """Put ``None``, ``True`` and ``False`` out of reach of the binding's missing references
    (Python < 3.12)."""
    if sys.version_info >= (3, 12):
        return  # immortal there
    for shared in SHARED:
        # ob_refcnt is the first field of every object in CPython 3.11 (Include/object.h).
        count = ctypes.c_ssize_t.from_address(id(shared))
        if count.value < RESERVE // 2:  # not yet given (a call after some use adds nothing)
            count.value += RESERVE
