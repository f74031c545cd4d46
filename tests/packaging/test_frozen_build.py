"""The frozen program (PyInstaller one-folder build) runs without Python, offline, on the paper's patients.

Slow: builds the program with ``packaging/build.py`` unless ``dist/aml-desktop`` is newer than every
source, package and packaging file. Skipped when PyInstaller is not installed (CI installs only
``.[test,dev]``; ``pip install -e '.[package]'`` enables it).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller not installed (pip install -e '.[package]')")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "tests" / "fixtures" / "cases"
PAPER_PATIENTS = sorted(CASES.glob("*.json"))
IS_WINDOWS = sys.platform == "win32"
PROGRAM = "aml-desktop-cli.exe" if IS_WINDOWS else "aml-desktop"
SOURCES = ("aml_desktop", "resources", "packaging")
# Paths the program may read outside its folder and its data: the system's libraries,
# locale, fonts, time zone and device files. Anything in the user's home folder is not here.
SYSTEM_PREFIXES = (
    "/etc/", "/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/share/locale/", "/usr/share/zoneinfo/",
    "/usr/share/fonts/", "/usr/local/share/fonts/", "/usr/share/X11/", "/usr/share/fontconfig/",
    "/usr/share/icons/", "/var/cache/fontconfig/", "/var/lib/dbus/machine-id", "/proc/", "/sys/", "/dev/",
)  # fmt: skip


def newest_source_time() -> float:
    times = [
        p.stat().st_mtime
        for folder in SOURCES
        for p in (REPO / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    return max(times)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The program folder: dist/aml-desktop when it is up to date, else a fresh build in a temporary folder."""
    existing = REPO / "dist" / "aml-desktop"
    if (existing / PROGRAM).is_file() and (existing / PROGRAM).stat().st_mtime > newest_source_time():
        return existing
    out = tmp_path_factory.mktemp("frozen")
    build = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(out / "dist"), "--work", str(out / "w")],
        capture_output=True,
        text=True,
        check=False,
    )
    if build.returncode != 0:
        pytest.fail(f"packaging/build.py failed:\n{build.stdout[-4000:]}\n{build.stderr[-4000:]}")
    return out / "dist" / "aml-desktop"


def run_frozen(frozen: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(frozen / PROGRAM), *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=300
    )


def run_source(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aml_desktop", *args], capture_output=True, text=True, encoding="utf-8", timeout=300
    )


@pytest.mark.parametrize("case", PAPER_PATIENTS, ids=lambda p: p.stem)
def test_recommend_on_paper_patient_matches_the_source_program(frozen: Path, case: Path) -> None:
    frozen_run = run_frozen(frozen, "recommend", str(case))
    assert frozen_run.returncode == 0, frozen_run.stderr
    result = json.loads(frozen_run.stdout)
    assert result["format"] == "aml-recommendation/1"
    assert result["recommendation"]["primary"]["category"]
    source_run = run_source("recommend", str(case))
    assert source_run.returncode == 0, source_run.stderr
    assert result == json.loads(source_run.stdout), "the frozen program recommends differently from the source"


@pytest.mark.parametrize("case", PAPER_PATIENTS, ids=lambda p: p.stem)
def test_summary_pdf_carries_the_bundled_fonts_and_patient(frozen: Path, tmp_path: Path, case: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "summary.pdf"
    run = run_frozen(frozen, "summary", str(case), "-o", str(out))
    assert run.returncode == 0, run.stderr
    reader = pypdf.PdfReader(str(out))
    text = "".join(page.extract_text() for page in reader.pages)
    assert json.loads(case.read_text(encoding="utf-8"))["patient"]["name"] in text
    fonts = {
        str(font.get("/BaseFont"))
        for page in reader.pages
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
        for font in [font.get_object()]
    }
    assert any("DejaVu" in name for name in fonts), fonts


def test_every_resource_file_is_in_the_bundle(frozen: Path) -> None:
    """Fonts, regimen catalogue, icon, guide: what importlib.resources reads in aml_desktop.resources."""
    source = REPO / "resources"
    bundled = frozen / "_internal" / "aml_desktop" / "resources"
    for path in source.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            copy = bundled / path.relative_to(source)
            assert copy.is_file(), f"{path.relative_to(REPO)} is missing from the frozen program"
            assert copy.read_bytes() == path.read_bytes(), f"{path.relative_to(REPO)} differs in the frozen program"


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt"])
def test_text_in_every_language_matches_the_source_program(frozen: Path, language: str) -> None:
    """Dates, numbers and lists written by Babel from the few locale files the bundle keeps (bundle_filter)."""
    case = str(CASES / "patient1-early-relapse.json")
    frozen_run = run_frozen(frozen, "recommend", case, "--text", "--lang", language)
    assert frozen_run.returncode == 0, frozen_run.stderr
    source_run = run_source("recommend", case, "--text", "--lang", language)
    assert source_run.returncode == 0, source_run.stderr
    assert frozen_run.stdout == source_run.stdout


MIGRATIONS = REPO / "aml_desktop" / "store" / "pg" / "migrations"


def test_server_migrations_are_in_the_bundle_where_alembic_reads_them(frozen: Path) -> None:
    """env.py, script.py.mako and every revision, beside where store/pg/migrate.py's __file__ points in the bundle.

    Alembic's ScriptDirectory reads them from disk (Path(__file__).parent / "migrations"), not from the archive
    of Python modules: a revision missing here would leave a new hospital server without its schema.
    """
    bundled = frozen / "_internal" / "aml_desktop" / "store" / "pg" / "migrations"
    sources = [p for p in MIGRATIONS.rglob("*") if p.is_file() and p.suffix in {".py", ".mako"}]
    assert {p.name for p in sources} >= {"env.py", "script.py.mako", "0001_initial.py"}
    for path in sources:
        copy = bundled / path.relative_to(MIGRATIONS)
        assert copy.is_file(), f"{path.relative_to(REPO)} is missing from the frozen program"
        assert copy.read_bytes() == path.read_bytes(), f"{path.relative_to(REPO)} differs in the frozen program"


@pytest.mark.postgresql
def test_frozen_program_sets_up_and_opens_a_postgresql_clinic(frozen: Path, pg_url: str, tmp_path: Path) -> None:
    """A workstation of a hospital server, as the README tells an administrator and a clinician to use it.

    On an empty database the hospital's administrator made: ``server init`` (migrations run by the bundled
    Alembic), then with the printed URL an account, an import of the paper's patients, the list,
    a recommendation by hospital number, a pg_dump backup and the audit trail's check.
    """
    pytest.importorskip("psycopg", reason="the server extra is not installed (pip install -e '.[server]')")
    from tests.server_helpers import admin, scratch_names

    env = {**os.environ, "AML_DESKTOP_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path / "home")}
    env.pop("AML_DESKTOP_PASSWORD", None)

    def frozen_run(*args: str, stdin: str = "", password: str | None = None) -> str:
        run = subprocess.run(
            [str(frozen / PROGRAM), *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env if password is None else {**env, "AML_DESKTOP_PASSWORD": password},
            timeout=300,
            check=False,
        )
        assert run.returncode == 0, f"{args}: {run.stdout}{run.stderr}"
        return run.stdout

    with scratch_names(pg_url) as (database, role):
        with admin(pg_url) as conn:
            conn.execute(f'CREATE DATABASE "{database}"')
        out = frozen_run(
            "server", "init", "--admin-url", pg_url, "--database", database, "--role", role,
            "--network", "127.0.0.0/8", "--host", "127.0.0.1", stdin="frozen admin pass 1\n",
        )  # fmt: skip
        assert "schema: built" in out, out
        url = re.search(r'aml-desktop --db "(postgresql://[^"]+)"', out)
        role_password = re.search(r"shown only this once.*\n\s+(\S+)", out)
        assert url is not None and role_password is not None, out
        env["PGPASSWORD"] = role_password.group(1)
        db = ["--db", url.group(1)]
        assert "admin\tadmin\tadministrator\tactive" in frozen_run(
            *db, "--user", "admin", "users", "list", password="frozen admin pass 1"
        )
        frozen_run(
            *db, "--user", "admin", "users", "add", "--role", "clinician", "clin",
            stdin="frozen clinician pass 1\n", password="frozen admin pass 1",
        )  # fmt: skip
        clinician = ["--user", "clin"]
        pw = "frozen clinician pass 1"
        imported = frozen_run(*db, *clinician, "import", *map(str, PAPER_PATIENTS), password=pw)
        assert [line.split()[1] for line in imported.splitlines()] == ["DT-1", "DT-2", "DT-3"], imported
        listed = frozen_run(*db, *clinician, "list", password=pw)
        assert all(f"DT-{n}" in listed for n in (1, 2, 3)), listed
        assert "Patient One" in frozen_run(*db, *clinician, "recommend", "--patient", "DT-1", "--text", password=pw)
        assert "pg_dump archive" in frozen_run(*db, *clinician, "backup", "-o", str(tmp_path / "c.dump"), password=pw)
        assert "the audit trail is whole" in frozen_run(*db, *clinician, "audit", "verify", password=pw)


def test_bad_case_file_is_refused_with_a_message(frozen: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "aml-case/1", "patient": 5}', encoding="utf-8")
    run = run_frozen(frozen, "recommend", str(bad))
    assert run.returncode != 0
    assert "patient" in run.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="network namespaces are Linux")
def test_works_with_no_network_at_all(frozen: Path, tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot make a network namespace here (unshare -n needs root or user namespaces)")
    case = str(CASES / "patient2-primary-refractory.json")
    for args in (["recommend", case], ["summary", case, "-o", str(tmp_path / "s.pdf")]):
        run = subprocess.run(
            [unshare, "-n", str(frozen / PROGRAM), *args], capture_output=True, text=True, timeout=300, check=False
        )
        assert run.returncode == 0, run.stderr
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(sys.platform != "linux", reason="mount namespaces are Linux")
def test_runs_with_every_python_on_the_machine_hidden(frozen: Path, tmp_path: Path) -> None:
    """What a laptop without Python sees: empty folders over every Python installation, and no network."""
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-m", "-n", "true"], capture_output=True, check=False).returncode:
        pytest.skip("cannot make mount and network namespaces here (needs root)")
    pythons = {Path(sys.base_prefix), Path(sys.prefix), *Path("/usr/lib").glob("python3*")}
    pythons |= set(Path("/usr/local/lib").glob("python3*"))
    hide = " ".join(f"mount -t tmpfs none '{p}' &&" for p in sorted(pythons) if p.is_dir())
    out = tmp_path / "s.pdf"
    case = CASES / "patient1-early-relapse.json"
    script = (
        f"{hide} '{frozen / PROGRAM}' recommend '{case}' > '{tmp_path / 'r.json'}' && "
        f"'{frozen / PROGRAM}' summary '{case}' -o '{out}'"
    )
    run = subprocess.run([unshare, "-m", "-n", "sh", "-c", script], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["format"] == "aml-recommendation/1"
    assert out.read_bytes().startswith(b"%PDF")


def traced_paths_and_sockets(trace: Path) -> tuple[set[str], list[str]]:
    """Files opened successfully and sockets made by internet families, from an strace log."""
    opened: set[str] = set()
    inet: list[str] = []
    for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
        if ("open(" in line or "openat(" in line) and " = -1 " not in line and '"' in line:
            opened.add(line.split('"')[1])
        if "socket(AF_INET" in line or ("connect(" in line and "AF_INET" in line):
            inet.append(line)
    return opened, inet


def outside(paths: set[str], allowed: tuple[str, ...]) -> list[str]:
    return sorted(p for p in paths if p.startswith("/") and not p.startswith(allowed))


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
def test_reads_nothing_outside_its_folder_and_data_and_opens_no_internet_socket(frozen: Path, tmp_path: Path) -> None:
    """Traced system calls of recommend, summary and demo: files read, sockets made.

    The fake home folder holds reportlab's per-user settings files: reading them would be caught.
    """
    work = tmp_path / "work"
    home = tmp_path / "home"
    work.mkdir()
    home.mkdir()
    for name in (".reportlab_settings", ".reportlab_mods"):
        (home / name).write_text("raise SystemExit('user file executed')\n", encoding="utf-8")
    data = work / "data"
    case = work / "case.json"
    shutil.copy(CASES / "patient3-older-idh1.json", case)
    env = {**os.environ, "AML_DESKTOP_DATA_DIR": str(data), "HOME": str(home)}
    allowed = (str(frozen.resolve()), str(work), *SYSTEM_PREFIXES)
    strace = ["strace", "-f", "-qq", "-e", "trace=open,openat,socket,connect"]
    for n, args in enumerate((["recommend", str(case)], ["summary", str(case), "-o", str(work / "s.pdf")], ["demo"])):
        trace = tmp_path / f"trace-{n}.txt"
        run = subprocess.run(
            [*strace, "-o", str(trace), str(frozen / PROGRAM), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        opened, inet = traced_paths_and_sockets(trace)
        assert inet == [], f"{args[0]} opened internet sockets: {inet}"
        assert outside(opened, allowed) == [], f"{args[0]} read files outside its folder and data"
    assert (data / "aml-desktop.sqlite3").is_file()


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes], what: str, limit: float = 120) -> None:
    """Wait until ``condition`` holds while the program keeps running; fail if it exits or never gets there."""
    deadline = time.monotonic() + limit
    while not condition():
        try:
            process.wait(timeout=0.2)  # paces the polling and notices at once if the program ends
        except subprocess.TimeoutExpired:
            pass
        else:
            raise AssertionError(f"the program exited with status {process.returncode} before {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} within {limit} s")


@pytest.fixture
def gui_process() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        process.kill()
        process.wait(timeout=30)


POLL_SYSCALLS = {"7", "271", "232", "281", "441"}  # x86-64: poll, ppoll, epoll_wait, epoll_pwait, epoll_pwait2


def waiting_in_poll(proc: Path) -> bool:
    """Whether the process sleeps in poll(), where an idle Qt event loop waits (Linux /proc)."""
    wchan = (proc / "wchan").read_text().strip()
    if wchan and wchan != "0":
        return "poll" in wchan
    try:  # wchan hidden by the kernel: the system call being waited in, when readable
        return (proc / "syscall").read_text().split()[0] in POLL_SYSCALLS
    except (OSError, IndexError):
        pytest.skip("this kernel does not show where a process waits (/proc/PID/wchan, /proc/PID/syscall)")


@pytest.mark.skipif(sys.platform != "linux", reason="the platform data folder checked here is the XDG one")
def test_default_database_is_in_the_platform_data_folder_and_the_window_starts_on_it(
    frozen: Path, tmp_path: Path, gui_process: list[subprocess.Popen[bytes]]
) -> None:
    """No data folder override: the clinic is made under XDG_DATA_HOME, and the window (offscreen) opens on it.

    The window never makes a database unasked (a missing file is a question: create or locate), so the
    clinic is made by the same program's ``demo`` command, then the window reaches Qt's event loop
    (waiting on its first question, the clinic's language).
    """
    env = {k: v for k, v in os.environ.items() if k != "AML_DESKTOP_DATA_DIR"}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
    }
    made = run_frozen(frozen, "demo", env=env)
    assert made.returncode == 0, made.stderr
    database = tmp_path / "xdg-data" / "AML Desktop" / "aml-desktop.sqlite3"
    assert database.is_file(), made.stderr
    assert not (frozen / "aml-desktop.sqlite3").exists(), "the database must never sit next to the program"
    process = subprocess.Popen([str(frozen / PROGRAM)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    gui_process.append(process)
    proc = Path(f"/proc/{process.pid}")

    def waiting_in_event_loop() -> bool:
        """Qt (offscreen) sits idle in its event loop."""
        if not (proc / "maps").exists():
            return False
        return "libqoffscreen" in (proc / "maps").read_text() and waiting_in_poll(proc)

    wait_for(waiting_in_event_loop, process, "window")


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("Xvfb", "xwininfo", "xdotool")),
    reason="needs Xvfb, xwininfo (x11-utils) and xdotool",
)
def test_window_and_demo_offer_appear_on_a_real_x_display(
    frozen: Path, tmp_path: Path, gui_process: list[subprocess.Popen[bytes]]
) -> None:
    """Under Xvfb (a real X server, as on a clinic laptop): main window and the first-run demo offer, no internet."""
    display = f":{400 + os.getpid() % 500}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
    gui_process.append(xvfb)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "AML_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    env["HOME"] = str(tmp_path / "home")
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), xvfb, "X display")
    trace = tmp_path / "gui-trace.txt"
    strace = ["strace", "-f", "-qq", "-e", "trace=open,openat,socket,connect", "-o", str(trace)]
    command = [*(strace if shutil.which("strace") else []), str(frozen / PROGRAM)]
    app = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    gui_process.insert(0, app)

    def window_titles() -> str:
        tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=False)
        return tree.stdout

    presses = [0.0]

    def pressing_return_until(condition: Callable[[], bool]) -> Callable[[], bool]:
        """Answer the open question with its default button (Return, at most every 2 s) until ``condition``."""

        def check() -> bool:
            if condition():
                return True
            if time.monotonic() - presses[0] > 2:
                subprocess.run(["xdotool", "key", "Return"], env=env, capture_output=True, check=False)
                presses[0] = time.monotonic()
            return False

        return check

    # A new clinic's questions before the window: no database yet (default: create it), then its language.
    database = tmp_path / "data" / "aml-desktop.sqlite3"
    wait_for(pressing_return_until(database.is_file), app, "new clinic")
    wait_for(pressing_return_until(lambda: "AML Desktop — aml-desktop.sqlite3" in window_titles()), app, "window")
    wait_for(lambda: "Welcome to AML Desktop" in window_titles(), app, "demo offer")
    assert "AML Desktop — aml-desktop.sqlite3" in window_titles()
    if trace.exists():
        _opened, inet = traced_paths_and_sockets(trace)
        assert inet == []
