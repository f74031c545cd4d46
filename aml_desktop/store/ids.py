"""Record ids: UUIDs (version 7) that sort by creation time.

Time-ordered ids are appended at the end of the primary-key B-trees instead of landing on random
pages, which keeps bulk imports fast on a large clinic; they are still globally unique UUIDs, so a
record keeps its identity when it moves to another clinic. Uniqueness within this process comes
from a millisecond clock plus a counter; across machines from 62 random bits.
"""

from __future__ import annotations

import os
import random
import threading
import time

_lock = threading.Lock()
_random = random.Random(os.urandom(32))
_last_ms = 0
_counter = 0


def new_id() -> str:
    """A new UUIDv7 string (RFC 9562): 48-bit Unix milliseconds, 12-bit counter, 62 random bits."""
    global _last_ms, _counter
    with _lock:
        now = time.time_ns() // 1_000_000
        if now > _last_ms:
            _last_ms, _counter = now, 0
        else:
            _counter += 1
            if _counter > 0xFFF:  # more than 4096 ids in one millisecond: borrow the next one
                _last_ms, _counter = _last_ms + 1, 0
        ms, counter, tail = _last_ms, _counter, _random.getrandbits(62)
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | tail
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def new_ids(count: int) -> list[str]:
    """``count`` new UUIDv7 strings in increasing order (one clock reading: cheap for bulk imports)."""
    global _last_ms, _counter
    with _lock:
        now = time.time_ns() // 1_000_000
        if now > _last_ms:
            _last_ms, _counter = now, -1
        ms, counter = _last_ms, _counter
        total = counter + 1 + count  # reserve the range, carrying counter overflow into the milliseconds
        _last_ms, _counter = ms + total // 0x1000, total % 0x1000 - 1
        if _counter < 0:
            _last_ms, _counter = _last_ms - 1, 0xFFF
        tails = [_random.getrandbits(62) for _ in range(count)]
    result = []
    for tail in tails:
        counter += 1
        if counter > 0xFFF:
            ms, counter = ms + 1, 0
        text = f"{(ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | tail:032x}"
        result.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    return result
