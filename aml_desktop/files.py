"""Every file the application writes: one safe-name rule and one atomic write.

A patient's id or hospital number comes from a case file someone else wrote, so it can hold
anything: ``../../x``, an absolute path, a slash, a control character, 300 characters. No such
text ever becomes a path as it is: :func:`safe_file_name` keeps letters, digits, ``-`` and
``_``, caps the length, and :class:`FolderNames` keeps the names of one batch unique in its
folder (case-insensitively, as on Windows and macOS). Standard library only, so every layer
may use it.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

# Most file systems allow 255 bytes for a name. Each part of a name is at most 60 UTF-8 bytes,
# so a hospital number, an id, a date, a suffix and a "-2" stay well inside it and readable.
MAX_STEM_BYTES = 60
FALLBACK_STEM = "patient"
# Names Windows refuses whatever the suffix.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
_UNSAFE = re.compile(r"[^\w-]+", flags=re.UNICODE)


def safe_stem(text: str) -> str:
    """``text`` as a file-name stem: letters, digits, ``-`` and ``_`` only, at most 60 bytes.

    Path separators, dots, spaces and control characters become ``_`` (so neither ``..`` nor a
    folder can appear); an empty result is ``patient``.
    """
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", text)).strip("_-")
    encoded = cleaned.encode("utf-8")[:MAX_STEM_BYTES]
    cleaned = encoded.decode("utf-8", errors="ignore").strip("_-") or FALLBACK_STEM
    if cleaned.upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def safe_file_name(*parts: str | None, suffix: str) -> str:
    """The non-empty ``parts`` made safe and joined with ``-``, then ``suffix`` (e.g. ``.pdf``)."""
    stem = "-".join(safe_stem(p) for p in parts if p) or FALLBACK_STEM
    return f"{stem}{suffix}"


class FolderNames:
    """Hands out file names in one folder so that no two files of one batch share a name.

    The second ``a.json`` becomes ``a-2.json``; names compare case-insensitively. A file left
    by an earlier run is replaced (the same patient's earlier export or summary).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._taken: set[str] = set()

    def path_for(self, name: str) -> Path:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        candidate, n = name, 1
        while candidate.casefold() in self._taken:
            n += 1
            candidate = f"{stem}-{n}{dot}{suffix}"
        self._taken.add(candidate.casefold())
        path = self.folder / candidate
        if path.parent != self.folder:  # cannot happen with safe_file_name; a last guard
            raise ValueError(f"unsafe file name {name!r}")
        return path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Afterwards the folder holds either the old file (or none) or the whole new one.
    """
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, removed on failure)
        dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".partial", delete=False
    )
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
