"""Which files the frozen AML Desktop ships: only the Qt and the Babel locale data the application uses.

PyInstaller's PySide6 hooks collect far more than a widgets application needs (QML, Quick, PDF,
Network, Wayland, translations...). ``aml-desktop.spec`` asks this module about every collected
file by its destination in the bundle, on Linux (``PySide6/Qt/lib/libQt6Gui.so.6``) and Windows
(``PySide6\\Qt6Gui.dll``) alike. Kept apart from the spec so the rules are tested without a build
(``tests/packaging/test_bundle_filter.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

ALWAYS_QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets"})
# Libraries the used modules link to (Linux: DBus, the xcb platform library), and QtSvg, which draws
# the SVG application icon through the image-format plugin. No OpenGL: only Qt Charts linked to it,
# and the course chart is painted with QPainter (Qt Charts is GPL-only and in the Addons wheel).
LINKED_QT_LIBRARIES = frozenset({"Svg", "DBus", "XcbQpa"})
# Plugin folders kept, and within some folders the plugins kept (None: the whole folder).
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"xcb", "offscreen", "minimal", "windows"}),  # no Wayland, EGLFS, VNC, LinuxFB
    "imageformats": frozenset({"svg", "ico", "jpeg", "gif"}),  # the SVG icon; PNG is built into QtGui
    "iconengines": frozenset({"svgicon"}),
    "platforminputcontexts": frozenset({"composeplatforminputcontext", "ibusplatforminputcontext"}),  # accents
    "xcbglintegrations": None,  # the xcb platform plugin looks for these at start
    "printsupport": None,  # CUPS printing of the summary on Linux
    "styles": None,  # the native Windows look (qmodernwindowsstyle)
}
SYSTEM_LIB_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")

_QT_LIBRARY = re.compile(r"(?:^|/)(?:lib)?Qt6([A-Za-z0-9]+)(?:\.so(?:\.[0-9.]+)?|\.dll)$")
_PLUGIN_NAME = re.compile(r"^(?:lib)?q?(.*?)(?:plugin)?$")  # libqxcb.so -> xcb, qwindows.dll -> windows
_BINDING = re.compile(r"^PySide6/(Qt[A-Za-z0-9]+)\.(?:abi3\.so|pyd)$")
_DOTTED_IMPORT = re.compile(r"\bPySide6\.(Qt[A-Za-z0-9]+)")
_FROM_IMPORT = re.compile(r"\bfrom\s+PySide6\s+import\s+(\([^)]*\)|[^\n]+)")
_QT_NAME = re.compile(r"\b(Qt[A-Za-z0-9]+)\b")


def qt_modules_used(package: Path) -> frozenset[str]:
    """The PySide6 modules the application's source imports (plus Core, Gui and Widgets)."""
    used = set(ALWAYS_QT_MODULES)
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        used.update(_DOTTED_IMPORT.findall(source))
        for names in _FROM_IMPORT.findall(source):
            used.update(_QT_NAME.findall(names))
    return frozenset(used)


def qt_libraries_for(modules: Iterable[str]) -> frozenset[str]:
    """Qt library names (``Charts`` for libQt6Charts / Qt6Charts.dll) the build keeps."""
    return frozenset(m.removeprefix("Qt") for m in modules) | LINKED_QT_LIBRARIES


def keep_file(dest: str, modules: frozenset[str]) -> bool:
    """Whether a collected file, named by its destination in the bundle, belongs in the build."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    library = _QT_LIBRARY.search(dest)
    if library:  # also the links to Qt libraries PyInstaller puts at the top of the bundle
        return library.group(1) in qt_libraries_for(modules)
    if not dest.startswith("PySide6/"):
        return True
    parts = dest.split("/")
    if "translations" in parts:
        return False  # the interface is English; Qt's own translations are not needed
    if name.lower() == "opengl32sw.dll":
        return False  # software OpenGL for Qt Quick; widgets do not use it
    if "plugins" in parts:
        return _keep_plugin(parts[parts.index("plugins") + 1 :])
    if {"qml", "resources", "libexec"} & set(parts[:-1]):
        return False  # QML modules, Qt WebEngine data, helper programs
    binding = _BINDING.match(dest)
    if binding:
        return binding.group(1) in modules
    return True


def _keep_plugin(parts: list[str]) -> bool:
    if len(parts) != 2 or parts[0] not in QT_PLUGINS:
        return False
    wanted = QT_PLUGINS[parts[0]]
    if wanted is None:
        return True
    match = _PLUGIN_NAME.match(parts[1].split(".")[0])
    return bool(match) and match.group(1) in wanted


def is_system_library(dest: str, src: str) -> bool:
    """A library PyInstaller copied from the system (Linux), as opposed to one from a wheel or Python."""
    dest = dest.replace("\\", "/")
    return "/" not in dest and not dest.startswith("libpython") and src.startswith(SYSTEM_LIB_DIRS)


BABEL_LOCALE_DATA = "babel/locale-data/"


def babel_locales_read(locales: Iterable[str], parent_exceptions: Mapping[str, str]) -> frozenset[str]:
    """The locale data files Babel opens for ``locales``: each locale, the ones it inherits from, and root.

    Babel's own inheritance rule (``babel.localedata.load``): CLDR's parent exception when there is one,
    else the identifier without its last part (``pt_PT`` -> ``pt`` -> ``root``). The application's
    locales have no script part, the one case where Babel goes to ``root`` directly.
    """
    read = {"root"}
    for name in locales:
        while name != "root":
            read.add(name)
            parts = name.split("_")
            name = parent_exceptions.get(name) or ("root" if len(parts) == 1 else "_".join(parts[:-1]))
    return frozenset(read)


def keep_babel_file(dest: str, locales_read: frozenset[str]) -> bool:
    """Babel's CLDR data for every locale in the world is 33 MB in 1,000 files; the four languages need six."""
    dest = dest.replace("\\", "/")
    if not dest.startswith(BABEL_LOCALE_DATA) or not dest.endswith(".dat"):
        return True
    return dest[len(BABEL_LOCALE_DATA) : -len(".dat")] in locales_read
