"""The use cases the window and the command line share: one front door to the clinic's data.

Both the GUI's ``Controller`` and the ``aml-desktop`` verbs call these functions, so a stored
patient's summary, a batch of summaries, a case export and an import behave the same whichever
door a clinician uses. Each takes an open ``Store`` (the caller owns the connection and the
thread) and never draws: no Qt here (import-linter checks it), no printing to a terminal.

- :mod:`.patients`: finding a patient by id or hospital number.
- :mod:`.snapshot`: what a stored patient's summary prints (case, engine answer, decisions).
- :mod:`.summaries`: one PDF, or one per patient with one rule for a patient that fails.
- :mod:`.export`: ``aml-case/1`` files with the clinic's full formulary (or FHIR R4 bundles),
  safe names, atomic writes.
- :mod:`.importing`: case files into the store, all or nothing.
- :mod:`.saving`: the window's whole-record save, evaluated once, read back as stored.
- :mod:`.demo`: the demo clinic, read from ``resources/demo``.
- :mod:`.batch`: the report of a batch (what was written, which patients failed and why).
- :mod:`.cycles`: chemotherapy cycles: plan, change a dose, record what was given, organ results,
  the road map.
"""
