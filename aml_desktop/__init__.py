"""AML Desktop: offline decision support for relapsed or refractory AML.

Layers (each depends only downwards): ``engine`` (pure clinical logic), ``store``
(SQLite), ``reports`` (PDF), ``gui`` (Qt), and ``cli`` on top.
"""

__version__ = "0.1.0"
