"""Where the application keeps its data: the platform's application-data folder.

Never next to the program (a frozen build may sit on a read-only USB stick).
``AML_DESKTOP_DATA_DIR`` overrides the folder, so tests can never touch real data.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "AML Desktop"
DB_FILENAME = "aml-desktop.sqlite3"


def data_dir() -> Path:
    """The folder for the database, backups' default and logs."""
    override = os.environ.get("AML_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database used when ``--db`` is not given."""
    return data_dir() / DB_FILENAME


def default_backup_folder() -> Path:
    """Where automatic backups go unless the clinic picks another folder (a USB stick, a second disk)."""
    return data_dir() / "backups"
