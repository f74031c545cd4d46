"""Writing files so that a crash or a full disk never leaves half of one.

Shared by every layer that writes exports: case files, PDFs. Standard library only.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Afterwards the folder holds either the old file (or none) or the whole new one.
    """
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, removed on failure)
        dir=path.parent, prefix=f".{path.name}.", suffix=".partial", delete=False
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
