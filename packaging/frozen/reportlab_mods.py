"""Bundled only in the frozen program: reportlab's hook for local changes, deliberately empty.

Without it reportlab executes ``~/.reportlab_mods`` from the user's home folder at import; see
``reportlab_settings.py`` beside this file for why the frozen program does not allow that.
"""
