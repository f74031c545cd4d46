"""Run every ``benchmarks/*_bench.py`` module's ``main()`` in turn: ``python -m benchmarks``."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    folder = Path(__file__).parent
    names = sorted(info.name for info in pkgutil.iter_modules([str(folder)]) if info.name.endswith("_bench"))
    status = 0
    for name in names:
        print(f"== benchmarks.{name} ==", flush=True)
        function = importlib.import_module(f"benchmarks.{name}").main
        # A module's main() may take argv (argparse) or nothing: run each with its defaults.
        result = function([]) if inspect.signature(function).parameters else function()
        status = status or int(result or 0)
        print(flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
