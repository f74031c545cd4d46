"""The clinic's one row of settings and its formulary (with out-of-stock dates), as SQL.

Thresholds are the ones clinical-spec.md makes settings; the formulary table holds only the
items that are out of stock (or were, with the date they ran out), absent meaning stocked.
"""

from __future__ import annotations

import json
from datetime import date

from aml_desktop.engine import codes
from aml_desktop.engine.cycles import CycleError, CycleSettings, settings_from_json, settings_to_json
from aml_desktop.engine.settings import Formulary
from aml_desktop.present.i18n import LANGUAGES

from .dbapi import Connection
from .errors import StoreError
from .models import PAPER_SIZES, ClinicSettings

_SETTINGS_COLUMNS = (
    "clinic_name",
    "fit_age_below",
    "unfit_age_from",
    "unfit_ecog_from",
    "cytoreduction_wbc",
    "cd33_positive_percent",
    "paper_size",
    "units",
    "backup_folder",
    "backup_keep",
    "backup_interval_hours",
    "backup_warn_days",
    "last_backup_at",
    "date_order",
    "fhir_identifier_system",
    "language",
)


def read_settings(conn: Connection) -> ClinicSettings:
    """The clinic's settings as stored."""
    cursor = conn.execute(f"SELECT {', '.join(_SETTINGS_COLUMNS)} FROM clinic_settings WHERE id = 1")
    row = dict(zip(_SETTINGS_COLUMNS, cursor.fetchone(), strict=True))
    stocked: dict[str, bool] = {}
    since: dict[str, date] = {}
    for key, is_stocked, out_since in conn.execute("SELECT key, stocked, out_of_stock_since FROM formulary"):
        if key not in codes.FORMULARY_KEYS:
            continue  # a key a newer vocabulary dropped: ignore rather than fail to start
        stocked[key] = bool(is_stocked)
        if out_since is not None:
            since[key] = date.fromisoformat(out_since)
    (cycle_raw,) = conn.execute("SELECT cycle_settings FROM clinic_settings WHERE id = 1").fetchone()
    try:
        cycle_settings = settings_from_json(json.loads(cycle_raw) if cycle_raw else None)
    except (CycleError, ValueError) as error:
        raise StoreError(f"clinic settings: cycle settings cannot be read: {error}") from None
    return ClinicSettings(
        formulary=Formulary.from_mapping(stocked), out_of_stock_since=since, cycle_settings=cycle_settings, **row
    )


def write_settings(conn: Connection, settings: ClinicSettings) -> None:
    """Write the settings row and bring the formulary rows in line (inside the caller's transaction)."""
    values = [getattr(settings, c) for c in _SETTINGS_COLUMNS]
    assignments = ", ".join(f"{c} = ?" for c in _SETTINGS_COLUMNS)
    conn.execute(f"UPDATE clinic_settings SET {assignments} WHERE id = 1", values)
    # NULL while the clinic keeps the defaults, so saving other settings records no cycle change.
    chosen = settings.cycle_settings
    cycle_json = None if chosen == CycleSettings() else json.dumps(settings_to_json(chosen), sort_keys=True)
    conn.execute(
        "UPDATE clinic_settings SET cycle_settings = ? WHERE id = 1 AND cycle_settings IS NOT ?",
        [cycle_json, cycle_json],
    )
    wanted: dict[str, tuple[int, str | None]] = {}
    for key in codes.FORMULARY_KEYS:
        out_since = settings.out_of_stock_since.get(key)
        has = settings.formulary.has(key)
        if not has or out_since is not None:
            wanted[key] = (int(has), out_since.isoformat() if out_since and not has else None)
    current = {
        key: (stocked, since)
        for key, stocked, since in conn.execute("SELECT key, stocked, out_of_stock_since FROM formulary")
    }
    for key in set(current) - set(wanted):
        conn.execute("DELETE FROM formulary WHERE key = ?", [key])
    for key, value in wanted.items():
        if key not in current:
            conn.execute("INSERT INTO formulary (key, stocked, out_of_stock_since) VALUES (?, ?, ?)", [key, *value])
        elif current[key] != value:
            conn.execute("UPDATE formulary SET stocked = ?, out_of_stock_since = ? WHERE key = ?", [*value, key])


def check_settings(settings: ClinicSettings) -> None:
    """Refuse settings the clinic could not have meant, naming the field."""
    if not settings.clinic_name.strip():
        raise StoreError("clinic_name: must not be empty")
    if settings.paper_size not in PAPER_SIZES:
        raise StoreError(f"paper_size: {settings.paper_size!r} is not one of: {', '.join(PAPER_SIZES)}")
    unknown = sorted(set(settings.out_of_stock_since) - set(codes.FORMULARY_KEYS))
    if unknown:
        raise StoreError(f"out_of_stock_since: unknown formulary keys: {', '.join(unknown)}")
    if settings.date_order not in ("iso", "day_first"):
        raise StoreError(f"date_order: {settings.date_order!r} is not one of: iso, day_first")
    if settings.backup_keep < 1:
        raise StoreError("backup_keep: must be 1 or more")
    if settings.backup_interval_hours < 1:
        raise StoreError("backup_interval_hours: must be 1 or more")
    if settings.backup_warn_days < 1:
        raise StoreError("backup_warn_days: must be 1 or more")
    if settings.language is not None and settings.language not in LANGUAGES:
        raise StoreError(f"language: {settings.language!r} is not one of: {', '.join(LANGUAGES)}")
    try:
        settings.engine_settings()
    except ValueError as error:
        raise StoreError(f"engine thresholds: {error}") from None
