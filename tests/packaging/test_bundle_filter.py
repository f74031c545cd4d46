"""What the frozen build ships, checked without building it (fast; runs in CI without PyInstaller).

The Windows rows matter most: the Windows build cannot be run here, so its file names are checked
against the same rules the spec applies.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bundle_filter = load("bundle_filter")
MODULES = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"})

KEPT = [
    # Linux (PyInstaller 6 layout)
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "libQt6Widgets.so.6",
    "PySide6/QtPrintSupport.abi3.so",
    "PySide6/libpyside6.abi3.so.6.12",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "aml_desktop/resources/fonts/DejaVuSans.ttf",
    "libxcb-cursor.so.0",
    # Windows
    "PySide6\\Qt6Core.dll",
    "PySide6\\Qt6PrintSupport.dll",
    "PySide6\\QtWidgets.pyd",
    "PySide6\\pyside6.abi3.dll",
    "PySide6\\msvcp140.dll",
    "shiboken6\\shiboken6.abi3.dll",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6\\plugins\\imageformats\\qsvg.dll",
    "PySide6\\plugins\\imageformats\\qico.dll",
]
DROPPED = [
    # Linux
    "PySide6/Qt/lib/libQt6Charts.so.6",  # Qt Charts (GPL, Addons): the chart is painted with QPainter
    "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
    "PySide6/QtCharts.abi3.so",
    "PySide6\\Qt6Charts.dll",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
    "libQt6Quick.so.6",
    "PySide6/QtNetwork.abi3.so",
    "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "PySide6/Qt/resources/qtwebengine_resources.pak",
    "PySide6/Qt/libexec/QtWebEngineProcess",
    # Windows
    "PySide6\\Qt6Quick.dll",
    "PySide6\\Qt6Qml.dll",
    "PySide6\\Qt6Pdf.dll",
    "PySide6\\Qt6Network.dll",
    "PySide6\\QtQml.pyd",
    "PySide6\\opengl32sw.dll",
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6\\plugins\\tls\\qschannelbackend.dll",
    "PySide6\\plugins\\imageformats\\qpdf.dll",
    "PySide6\\plugins\\generic\\qtuiotouchplugin.dll",
    "PySide6\\translations\\qtbase_de.qm",
]


@pytest.mark.parametrize("dest", KEPT)
def test_the_pieces_the_application_uses_are_kept(dest: str) -> None:
    assert bundle_filter.keep_file(dest, MODULES)


@pytest.mark.parametrize("dest", DROPPED)
def test_qt_the_application_does_not_use_is_left_out(dest: str) -> None:
    assert not bundle_filter.keep_file(dest, MODULES)


def test_a_qt_module_the_gui_starts_using_is_shipped_with_its_library(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "view.py").write_text(
        "from PySide6 import (QtSvgWidgets,\n    QtCore)\nfrom PySide6.QtPdf import QPdfDocument\nimport sys\n",
        encoding="utf-8",
    )
    modules = bundle_filter.qt_modules_used(package)
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtSvgWidgets", "QtPdf"}
    assert bundle_filter.keep_file("PySide6/Qt/lib/libQt6SvgWidgets.so.6", modules)
    assert bundle_filter.keep_file("PySide6\\QtPdf.pyd", modules)


def test_the_application_source_is_read_for_its_qt_modules() -> None:
    used = bundle_filter.qt_modules_used(REPO / "aml_desktop")
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"} <= used
    assert "QtCharts" not in used  # GPL-only, and the 59 MB Addons wheel: the chart uses QPainter
    assert not used & {"QtQml", "QtQuick", "QtWebEngineCore", "QtNetwork", "QtMultimedia", "Qt3DCore"}


def test_system_libraries_are_told_from_bundled_ones() -> None:
    assert bundle_filter.is_system_library("libgtk-3.so.0", "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0")
    assert not bundle_filter.is_system_library("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0")
    assert not bundle_filter.is_system_library("PySide6/Qt/lib/libQt6Gui.so.6", "/usr/lib/x/libQt6Gui.so.6")
    assert not bundle_filter.is_system_library("libQt6Gui.so.6", "/venv/site-packages/PySide6/Qt/lib/libQt6Gui.so.6")


def test_icon_file_holds_every_size_as_png() -> None:
    build = load("build")
    pngs = {size: b"\x89PNG\r\n\x1a\n" + bytes([size % 256]) * size for size in (16, 32, 256)}
    ico = build.ico_from_pngs(pngs)
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 3)
    for index, size in enumerate(sorted(pngs)):
        width, height, _c, _r, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert (width, height) == ((0, 0) if size == 256 else (size, size))
        assert (planes, bits) == (1, 32)
        assert ico[offset : offset + length] == pngs[size]


def test_desktop_entry_names_the_program_and_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "aml-desktop.desktop", encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application"
    assert group["Exec"] == "aml-desktop"
    assert group["Icon"] == "aml-desktop"
    assert group["Terminal"] == "false"


def test_installer_script_takes_what_the_build_makes() -> None:
    """The Inno Setup script's paths are those build.py and the spec write (it cannot be compiled here)."""
    iss = (PACKAGING / "windows" / "aml-desktop.iss").read_text(encoding="utf-8")
    spec = (PACKAGING / "aml-desktop.spec").read_text(encoding="utf-8")
    assert re.search(r'^Source: "dist\\aml-desktop\\\*"', iss, re.MULTILINE)
    assert re.search(r"^SetupIconFile=build\\icons\\aml-desktop\.ico$", iss, re.MULTILINE)
    assert '#define AppExe "aml-desktop.exe"' in iss
    assert 'executable("aml-desktop", console=False)' in spec
    assert 'executable("aml-desktop-cli", console=True)' in spec
    assert 'name="aml-desktop"' in spec
    for section in ("[Setup]", "[Files]", "[Icons]", "[Run]"):
        assert section in iss
    assert "{uninstallexe}" in iss, "the Start menu needs its uninstall entry"


def test_babel_data_kept_is_each_language_with_what_it_inherits() -> None:
    from babel.core import get_global

    from aml_desktop.present.i18n import BABEL_LOCALES, LANGUAGES

    locales = [BABEL_LOCALES.get(language, language) for language in LANGUAGES]
    read = bundle_filter.babel_locales_read(locales, get_global("parent_exceptions"))
    assert read == {"root", "en", "fr", "es", "pt", "pt_PT"}
    assert bundle_filter.babel_locales_read(["en_AU"], {"en_AU": "en_001"}) == {"root", "en", "en_001", "en_AU"}
    for name in read:
        assert bundle_filter.keep_babel_file(f"babel/locale-data/{name}.dat", read)
    for dest in ("babel/locale-data/de.dat", "babel/locale-data/pt_BR.dat", "babel\\locale-data\\fr_CA.dat"):
        assert not bundle_filter.keep_babel_file(dest, read)
    for dest in ("babel/global.dat", "babel/locale-data/LICENSE.unicode", "aml_desktop/resources/fonts/x.dat"):
        assert bundle_filter.keep_babel_file(dest, read)


def test_babel_formats_every_language_from_the_kept_data_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Babel, pointed at a folder holding only the kept files, formats dates, numbers and lists in every language."""
    import datetime
    import shutil

    import babel.localedata
    from babel.core import UnknownLocaleError, get_global
    from babel.dates import format_date
    from babel.lists import format_list
    from babel.numbers import format_decimal

    from aml_desktop.present.i18n import BABEL_LOCALES, LANGUAGES

    locales = [BABEL_LOCALES.get(language, language) for language in LANGUAGES]
    source = Path(babel.localedata._dirname)
    for name in bundle_filter.babel_locales_read(locales, get_global("parent_exceptions")):
        shutil.copy(source / f"{name}.dat", tmp_path / f"{name}.dat")
    monkeypatch.setattr(babel.localedata, "_dirname", str(tmp_path))
    monkeypatch.setattr(babel.localedata, "_cache", {})
    for locale in locales:
        assert format_date(datetime.date(2026, 3, 15), "d MMM y", locale=locale)
        assert format_decimal(1850.5, format="#,##0.0", locale=locale)
        assert format_list(["a", "b", "c"], style="or", locale=locale)
    with pytest.raises(UnknownLocaleError):  # the test sees only the kept files
        format_date(datetime.date(2026, 3, 15), "d MMM y", locale="de")
