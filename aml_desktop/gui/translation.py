"""The window's language: our Qt catalogue, Qt's own (standard buttons and dialogs), and present/'s words.

Qt translates the forms and every ``tr()`` string through ``resources/translations/
aml_desktop_<lang>.qm``; Qt's ``qtbase_<lang>.qm`` (shipped with PySide6) translates Yes/No/
Cancel and the file and print dialogs. The words computed outside Qt (vocabulary,
recommendation, summary) follow ``present.i18n.set_language``. The clinic's language is a
clinic setting (``ClinicSettings.language``); on the first start it is asked, offering the
system's language, else English.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from importlib.resources import files
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QInputDialog, QWidget

from aml_desktop.present.i18n import LANGUAGE_NAMES, LANGUAGES, SOURCE_LANGUAGE, set_language, system_language

#: Qt's own catalogue for each language (Qt ships Brazilian Portuguese for the standard dialogs).
QT_BASE: Final = {"fr": "qtbase_fr", "es": "qtbase_es", "pt": "qtbase_pt_BR"}
QT_LOCALES: Final = {"fr": "fr_FR", "es": "es_ES", "pt": "pt_PT"}

_installed: list[QTranslator] = []
_original_locale: list[QLocale] = []


def catalogue_path(language: str) -> str:
    return str(files("aml_desktop.resources") / "translations" / f"aml_desktop_{language}.qm")


def install_language(language: str) -> str:
    """Make ``language`` the window's and the words' language; returns it. Safe to call again to switch."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    if not _original_locale:
        _original_locale.append(QLocale())
    if language == SOURCE_LANGUAGE or app is None:
        QLocale.setDefault(_original_locale[0])
        return language
    QLocale.setDefault(QLocale(QT_LOCALES[language]))
    ours = QTranslator(app)
    if ours.load(catalogue_path(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(QT_BASE[language], QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def ask_language(parent: QWidget | None, default: str) -> str:
    """The first-start question: which language the clinic works in (each named in itself)."""
    names = [LANGUAGE_NAMES[code] for code in LANGUAGES]
    chosen, ok = QInputDialog.getItem(
        parent,
        "AML Desktop",
        "Language of the clinic / Langue de la clinique / Idioma de la clínica / Idioma da clínica:",
        names,
        LANGUAGES.index(default),
        False,
    )
    return LANGUAGES[names.index(chosen)] if ok and chosen in names else default


def clinic_language(store: Any, parent: QWidget | None = None) -> str:
    """The clinic's language; asked (and saved) when the clinic has none yet, e.g. on the first start."""
    from aml_desktop.store import StoreError

    settings = store.clinic_settings()
    if settings.language in LANGUAGES:
        return str(settings.language)
    language = ask_language(parent, system_language())
    # A read-only or damaged file: the answer is used for this session and asked again next time.
    with suppress(StoreError):
        store.save_clinic_settings(replace(settings, language=language), user="system:first-start")
    return language


def tr(context: str, text: str) -> str:
    """``text`` in the window's language, for code outside a QObject (``context`` as lupdate files it)."""
    return QCoreApplication.translate(context, text)
