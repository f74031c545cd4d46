"""The PySide6 desktop interface (the only package that draws)."""

from aml_desktop.gui.qt_compat import guard_none_refcount

guard_none_refcount()
