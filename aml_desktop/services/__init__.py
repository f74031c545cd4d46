"""The use cases the window and the command line share (see each module).

- :mod:`.cycles`: chemotherapy cycles: plan, change a dose, record what was given, organ results.
"""
