"""The fallback fonts shipped for other scripts: what they cover, their licences, and that they are fresh."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from aml_desktop.reports.styles import FALLBACKS, FONT, font_runs, unprintable

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"


def test_each_script_goes_to_its_font() -> None:
    runs = font_runs("Abebe አበበ 陈伟 김민준 山田はなこ", FONT)
    fonts = {font for font, text in runs if text.strip()}
    assert fonts == {FONT, *FALLBACKS[FONT]}
    assert unprintable("Abebe አበበ 陈伟 김민준 山田はなこ Nguyễn") == ""


def test_every_shipped_font_has_its_licence() -> None:
    for font, licence in (
        ("NotoSansEthiopic-Regular.ttf", "LICENSE-NotoSansEthiopic.txt"),
        ("NanumGothic-Hangul.ttf", "LICENSE-NanumGothic.txt"),
        ("DroidSansFallback-Subset.ttf", "LICENSE-DroidSansFallback.txt"),
    ):
        assert (FONTS / font).exists()
        text = (FONTS / licence).read_text(encoding="utf-8")
        assert "Open Font License" in text or "Apache License" in text


@pytest.mark.skipif(
    not Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf").exists(),
    reason="the Debian font packages are installed only where the fonts are rebuilt (make fonts)",
)
def test_the_shipped_subsets_are_what_the_build_makes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_fonts", ROOT / "scripts" / "build_fonts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path / "fonts"
    folder.mkdir()
    assert module.main(folder) == 0
    for built in folder.iterdir():
        assert built.read_bytes() == (FONTS / built.name).read_bytes(), built.name
