"""Build the frozen AML Desktop (one folder) from a checkout: ``python packaging/build.py``.

Steps, each printed as it runs:
1. render the application icon (resources/icons/aml-desktop.svg) to PNG sizes and a Windows .ico;
2. run PyInstaller on packaging/aml-desktop.spec, giving dist/aml-desktop/;
3. Linux: add the desktop-integration files (the .desktop entry, icons, an installer script for
   the start menu) to the folder; Windows: run Inno Setup if it is installed (dist/*-setup.exe);
4. check that the frozen program starts (``--version``) and report the folder's size and its
   largest pieces, so growth is noticed.

``make package`` runs this after installing the ``package`` extra (PyInstaller). It works the same
on Windows (``py packaging\\build.py`` inside the virtual environment); see packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "aml-desktop.spec"
ICON_SVG = ROOT / "resources" / "icons" / "aml-desktop.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
NAME = "aml-desktop"
SIZE_AIM_MB = 150
IS_WINDOWS = sys.platform == "win32"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the program folder goes (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    parser.add_argument("--no-installer", action="store_true", help="Windows: do not run Inno Setup")
    parser.add_argument(
        "--archive", action="store_true", help="also pack the folder into one file (.tar.gz on Linux, .zip on Windows)"
    )
    args = parser.parse_args(argv)

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed: run `pip install -e '.[package]'` (or `make package`).", file=sys.stderr)
        return 2
    icons = args.work.resolve() / "icons"  # beside PyInstaller's own work folder, which --clean empties
    dist = args.dist.resolve()
    step("Rendering the icon")
    render_icons(ICON_SVG, icons)
    step("Freezing with PyInstaller (a few minutes)")
    run_pyinstaller(dist, args.work.resolve())
    folder = dist / NAME
    if IS_WINDOWS:
        if not args.no_installer:
            build_installer()
    else:
        step("Adding the Linux desktop entry and icons")
        add_linux_integration(folder, icons)
    step("Checking that the frozen program starts")
    check_starts(folder)
    report_size(folder)
    if args.archive:
        step("Packing the folder")
        print(make_archive(folder))
    return 0


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def render_icons(svg: Path, out: Path) -> None:
    """PNGs for Linux menus and the AppImage, and a multi-size .ico for Windows, drawn by Qt from the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QGuiApplication, QImageReader

    _app = QGuiApplication.instance() or QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, bytes] = {}
    for size in ICON_SIZES:
        reader = QImageReader(str(svg))
        reader.setScaledSize(QSize(size, size))
        image = reader.read()
        if image.isNull():
            raise SystemExit(f"cannot render {svg} at {size}px: {reader.errorString()}")
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
        (out / f"{NAME}-{size}.png").write_bytes(pngs[size])
    shutil.copy2(svg, out / f"{NAME}.svg")
    (out / f"{NAME}.ico").write_bytes(ico_from_pngs(pngs))


def ico_from_pngs(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding PNG images (readable by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries = b""
    images = b""
    offset = 6 + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def run_pyinstaller(dist: Path, work: Path) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True)


def add_linux_integration(folder: Path, icons: Path) -> None:
    """The .desktop entry, the icons and ``install-desktop-entry.sh`` travel inside the program folder."""
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / f"{NAME}.desktop", share / "applications" / f"{NAME}.desktop")
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"{NAME}-{size}.png", target / f"{NAME}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / f"{NAME}.svg", scalable / f"{NAME}.svg")
    installer = folder / "install-desktop-entry.sh"
    shutil.copy2(PACKAGING / "linux" / "install-desktop-entry.sh", installer)
    installer.chmod(0o755)


def build_installer() -> None:
    """Run Inno Setup's compiler on packaging/windows/aml-desktop.iss when it is installed."""
    from aml_desktop import __version__

    candidates = [shutil.which("ISCC"), shutil.which("iscc")]
    for variable in ("PROGRAMFILES(X86)", "PROGRAMFILES", "LOCALAPPDATA"):  # os.environ ignores case on Windows
        base = os.environ.get(variable)
        if base:
            candidates += [str(Path(base) / sub / "ISCC.exe") for sub in ("Inno Setup 6", "Programs/Inno Setup 6")]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        print("Inno Setup 6 not found: dist\\aml-desktop\\ is ready, but no installer was made.")
        print("Install Inno Setup 6 (https://jrsoftware.org/isdl.php) and run this script again.")
        return
    step("Making the Windows installer with Inno Setup")
    subprocess.run([iscc, f"/DAppVersion={__version__}", str(PACKAGING / "windows" / "aml-desktop.iss")], check=True)


def check_starts(folder: Path) -> None:
    program = folder / (f"{NAME}-cli.exe" if IS_WINDOWS else NAME)
    result = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        raise SystemExit(f"the frozen program does not start:\n{result.stdout}{result.stderr}")
    print(result.stdout.strip())


def make_archive(folder: Path) -> Path:
    """The program folder in one file, named by version and platform; unpack anywhere and run."""
    from aml_desktop import __version__

    platform = "windows-x64" if IS_WINDOWS else f"{sys.platform}-{os.uname().machine}"
    base = folder.parent / f"{NAME}-{__version__}-{platform}"
    archive = shutil.make_archive(str(base), "zip" if IS_WINDOWS else "gztar", folder.parent, folder.name)
    return Path(archive)


def report_size(folder: Path, top: int = 15) -> None:
    """Total size on disk and the largest files (symbolic links not counted twice)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    sizes = sorted(((p.stat().st_size, p.relative_to(folder)) for p in files), reverse=True)
    total = sum(size for size, _ in sizes)
    print(f"\n{folder}: {total / 1e6:.1f} MB in {len(files)} files (aim: under {SIZE_AIM_MB} MB)")
    for size, path in sizes[:top]:
        print(f"  {size / 1e6:7.1f} MB  {path.as_posix()}")
    if total > SIZE_AIM_MB * 1e6:
        print(f"warning: larger than {SIZE_AIM_MB} MB; see the list above and the spec's Qt filters")


if __name__ == "__main__":
    raise SystemExit(main())
