"""The engine package's lazy exports stay what they name, whatever was imported before."""

from __future__ import annotations

import importlib
import sys
import types


def test_evaluate_is_the_function_after_its_module_was_imported() -> None:
    importlib.import_module("aml_desktop.engine.evaluate")
    import aml_desktop.engine as engine
    from aml_desktop.engine import evaluate

    assert isinstance(evaluate, types.FunctionType)
    assert engine.evaluate is sys.modules["aml_desktop.engine.evaluate"].evaluate


def test_every_export_is_the_named_object_not_a_module() -> None:
    import aml_desktop.engine as engine

    for name in engine.__all__:
        assert not isinstance(getattr(engine, name), types.ModuleType), name
