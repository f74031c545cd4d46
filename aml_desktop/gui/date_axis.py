"""The horizontal layout shared by the timeline and the course chart: same margins, same date scale.

Both widgets map a day to x through ``present.chart.DateScale`` between these margins, so
a relapse in the timeline sits exactly above the same relapse in the chart.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from aml_desktop.present.chart import DateScale

PLOT_LEFT: Final = 52.0  # room for the chart's y tick labels and the therapy lane's name
PLOT_RIGHT: Final = 34.0  # room for the threshold labels
MIN_TICK_SPACING: Final = 70.0  # pixels between month labels ("Sep 2020" plus air)


def x_of(scale: DateScale, day: date, width: float) -> float:
    """The x of ``day`` in a widget ``width`` pixels wide."""
    return PLOT_LEFT + scale.fraction(day) * (width - PLOT_LEFT - PLOT_RIGHT)


def month_ticks(scale: DateScale, width: float) -> tuple[date, ...]:
    return scale.month_ticks(width - PLOT_LEFT - PLOT_RIGHT, MIN_TICK_SPACING)
