"""Bundled only in the frozen program: reportlab's hook for site settings, deliberately empty.

reportlab reads ``reportlab_settings`` from the import path and, when there is none, executes
``~/.reportlab_settings`` from the user's home folder. The frozen program ships this module so
that a stray file in a clinic laptop's home folder can neither change a printed summary nor run
code: the PDFs come out as the application draws them and nothing is read outside the program.
"""
