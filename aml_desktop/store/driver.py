"""Which SQLite opens a file: Python's own, or SQLCipher (``sqlcipher3``) for a clinic encrypted at rest.

An encrypted file starts with random bytes instead of "SQLite format 3": it is opened with
SQLCipher and the clinic passphrase given for it (``set_passphrase``; SQLCipher derives the
256-bit key from it with PBKDF2-HMAC-SHA512, 256,000 iterations, and a salt stored in the file).
A plain file opens with Python's ``sqlite3`` exactly as before. ``sqlcipher3`` is optional
(``pip install aml-desktop[encryption]``): without it plain clinics work and an encrypted one is
refused with a message saying what to install.

The two libraries raise different exception classes: the store catches the tuples below.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, cast

from aml_desktop.engine.sentences import say

from .errors import StoreError

_PLAIN_HEADER = b"SQLite format 3\x00"
# Passphrase per database file (resolved path) for this process: given by the window or the command line.
_PASSPHRASES: dict[Path, str] = {}


def _cipher() -> Any | None:
    try:
        from sqlcipher3 import dbapi2  # type: ignore[import-untyped]
    except ImportError:
        return None
    return dbapi2


def _classes(name: str) -> tuple[type[BaseException], ...]:
    cipher = _cipher()
    own: type[BaseException] = getattr(sqlite3, name)
    return (own, getattr(cipher, name)) if cipher is not None else (own,)


Error = _classes("Error")
DatabaseError = _classes("DatabaseError")
OperationalError = _classes("OperationalError")
IntegrityError = _classes("IntegrityError")


def available() -> bool:
    """True when SQLCipher is installed (encryption can be used)."""
    return _cipher() is not None


def _key(path: Path | str) -> Path:
    return Path(path).resolve()


def set_passphrase(path: Path | str, passphrase: str | None) -> None:
    """The clinic passphrase for this file (None forgets it). Never written anywhere."""
    if passphrase is None:
        _PASSPHRASES.pop(_key(path), None)
    else:
        _PASSPHRASES[_key(path)] = passphrase


def passphrase_for(path: Path | str) -> str | None:
    return _PASSPHRASES.get(_key(path))


def is_encrypted(path: Path | str) -> bool:
    """True for a file that starts with 16 bytes of salt instead of SQLite's plain header (an SQLCipher file)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    # SQLCipher's first 16 bytes are a random salt; a text file (notes, JSON, CSV) is not an encrypted clinic.
    readable = all(32 <= byte < 127 or byte in b"\t\r\n" for byte in head)
    return len(head) == 16 and head != _PLAIN_HEADER and not readable


def needs_passphrase(path: Path | str) -> bool:
    return is_encrypted(path) and passphrase_for(path) is None


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def connect(
    path: Path | str, target: str | None = None, *, encrypt: bool = False, **options: Any
) -> sqlite3.Connection:
    """Open ``path`` (``target``: the URI or name to pass, default the path) with the right library.

    ``encrypt`` makes a new or empty file encrypted with the passphrase set for it."""
    name = target if target is not None else str(path)
    if not (encrypt or is_encrypted(path)):
        return cast(sqlite3.Connection, sqlite3.connect(name, **options))
    cipher = _cipher()
    if cipher is None:
        raise StoreError(
            say(
                "{path} is not an AML Desktop database, or is one encrypted at rest: SQLCipher support is "
                "needed to open an encrypted clinic (pip install 'aml-desktop[encryption]'); the file was "
                "left untouched",
                path=path,
            )
        )
    passphrase = passphrase_for(path)
    if passphrase is None:
        raise StoreError(
            say(
                "{path} is not an AML Desktop database, or is one encrypted at rest: give the clinic "
                "passphrase to open it; the file was left untouched",
                path=path,
            )
        )
    conn = cipher.connect(name, **options)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong passphrase is reported once, in words, below
    conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.DatabaseError:
        conn.close()
        raise StoreError(
            say(
                "{path}: wrong clinic passphrase, or not an AML Desktop database; the file was left untouched",
                path=path,
            )
        ) from None
    return cast(sqlite3.Connection, conn)


def encrypt_database(path: Path, passphrase: str) -> None:
    """Rewrite a plain clinic database as an SQLCipher one keyed by ``passphrase`` (atomically).

    The plain file is replaced only after the encrypted copy was written, checked and synced; the
    caller keeps a backup first. The WAL is checkpointed so no plain page is left beside it."""
    import os

    cipher = _cipher()
    if cipher is None:
        raise StoreError(say("SQLCipher is not installed: pip install 'aml-desktop[encryption]'"))
    if is_encrypted(path):
        raise StoreError(say("{path} is already encrypted", path=path))
    partial = path.with_name(path.name + ".encrypting")
    partial.unlink(missing_ok=True)
    conn = cipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {_quoted(passphrase)}", [str(partial)])
        conn.execute("SELECT sqlcipher_export('encrypted')")
        for pragma in ("user_version", "application_id"):
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA encrypted.{pragma} = {value}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    set_passphrase(partial, passphrase)
    check = connect(partial, isolation_level=None)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StoreError(say("the encrypted copy failed its integrity check: nothing was changed"))
        check.execute("PRAGMA journal_mode = WAL")
    finally:
        check.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(partial, path)
    set_passphrase(partial, None)
    set_passphrase(path, passphrase)
