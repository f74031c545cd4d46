"""Everything a person reads, computed once: words for codes, numbers, doses, checklists, charts.

The engine answers in codes; this package turns a case and the engine's ``Result`` into
frozen view models (``summary.build_view``) that the screen (``gui.presenters``), the
printed summary (``reports``) and the terminal (``cli.recommend_text``) only render. No Qt,
no reportlab, no database here: a newcomer looking for how a dose is worded finds it in
``doses.py``, how a number or a unit is written in ``formats.py``.
"""
