"""Encryption at rest: an encrypted clinic, its passphrase, its backups and its audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest

from aml_desktop.store import Store, StoreError, backup_database, driver, restore_database

from .conftest import TODAY, USER, fixture_case

# About the SQLite file itself: SQLCipher encryption of the file.
pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(not driver.available(), reason="SQLCipher (sqlcipher3) is not installed"),
]
PASSPHRASE = "a long clinic passphrase"


@pytest.fixture
def encrypted(db_path: Path) -> Path:
    with Store.open(db_path, today=lambda: TODAY) as store:
        store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    driver.encrypt_database(db_path, PASSPHRASE)
    yield db_path
    driver.set_passphrase(db_path, None)


def _plain_text_in(path: Path) -> bool:
    data = path.read_bytes()
    return b"Patient One" in data or b"DT-1" in data


def test_an_encrypted_clinic_holds_no_readable_record_and_opens_only_with_its_passphrase(encrypted: Path) -> None:
    assert driver.is_encrypted(encrypted) and not _plain_text_in(encrypted)
    with Store.open(encrypted) as store:  # the passphrase is known in this process
        assert [p.name for p in store.list_patients()] == ["Patient One"]
        store.save_case(fixture_case("patient2-primary-refractory"), user=USER)
        assert store.verify_audit().whole
    driver.set_passphrase(encrypted, None)
    with pytest.raises(StoreError, match="give the clinic passphrase"):
        Store.open(encrypted, create=False)
    driver.set_passphrase(encrypted, "not the passphrase")
    with pytest.raises(StoreError, match="wrong clinic passphrase"):
        Store.open(encrypted, create=False)
    for name in (encrypted.name, encrypted.name + "-wal"):
        path = encrypted.with_name(name)
        assert not path.exists() or not _plain_text_in(path)


def test_backups_of_an_encrypted_clinic_are_encrypted_and_restore(encrypted: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backups" / "copy.sqlite3"
    backup_database(encrypted, backup)
    assert driver.is_encrypted(backup) and not _plain_text_in(backup)
    with Store.open(encrypted) as store:
        store.delete_patient(store.list_patients()[0].id, user=USER)
    restore_database(encrypted, backup, user="test")
    with Store.open(encrypted) as store:
        assert store.count_patients() == 1
        assert store.audit_entries(limit=1)[0].action == "restore"
        assert store.verify_audit().whole


def test_the_trail_a_restore_keeps_is_encrypted_too(encrypted: Path, tmp_path: Path) -> None:
    backup = tmp_path / "copy.sqlite3"
    backup_database(encrypted, backup)
    restore_database(encrypted, backup, user="test")
    with Store.open(encrypted) as store:
        detail = store.audit_entries(limit=1)[0].detail
    assert detail is not None
    kept = Path(detail["replaced_trail_file"])
    assert kept.suffix == ".sqlite3" and driver.is_encrypted(kept) and not _plain_text_in(kept)
