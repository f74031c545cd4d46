"""Build the fallback fonts for names in other scripts (``make fonts``); commit the result.

DejaVu Sans (the summary's font) has no CJK or Ethiopic glyphs: such names printed as boxes.
Two fallback fonts are subset from Debian packages into ``resources/fonts/``:

- ``NotoSansEthiopic-Regular/Bold.ttf`` from ``fonts-noto-core`` (SIL Open Font License 1.1):
  the whole Ethiopic blocks (Amharic, Tigrinya, Oromo in Ge'ez script).
- ``NanumGothic-Hangul.ttf`` from ``fonts-nanum`` (SIL Open Font
  License 1.1): the Hangul syllables of KS X 1001 and the Hangul letters (Korean names), which
  Droid Sans Fallback lacks. Like the CJK font it has no bold: bold text uses the regular face.
- ``DroidSansFallback-Subset.ttf`` from ``fonts-droid-fallback`` (Apache License 2.0), the
  predecessor of Noto CJK with TrueType outlines: reportlab embeds only TrueType (``glyf``)
  fonts, and Noto Sans CJK has CFF outlines. The subset keeps the Han characters of GB2312
  (Chinese names), of JIS X 0208 (Japanese), the Hangul syllables and Hanja of KS X 1001
  (Korean), kana and CJK punctuation: names with rarer characters still show boxes, and the
  summary says so (``styles.unprintable``).

Subsetting is deterministic (same input packages, same output bytes); the packages are
installed by ``scripts/system-deps.sh`` only on a machine that rebuilds the fonts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
SYSTEM = Path("/usr/share/fonts/truetype")

HANGUL_BLOCKS = [*range(0x1100, 0x1200), *range(0x3130, 0x3190), 0x20, 0xA0]
ETHIOPIC = [*range(0x1200, 0x13A0), *range(0x2D80, 0x2DE0), *range(0xAB00, 0xAB30), 0x20, 0xA0]


def cjk_characters() -> list[int]:
    """Han, kana and Hangul of the national character sets that hospital records use."""
    wanted: set[int] = set(range(0x3000, 0x3100))  # CJK punctuation, hiragana, katakana
    wanted |= set(range(0xFF00, 0xFFF0))  # full-width forms
    for codec in ("gb2312", "euc_jp", "euc_kr"):
        for first in range(0xA1, 0xFF):
            for second in range(0xA1, 0xFF):
                try:
                    text = bytes([first, second]).decode(codec)
                except UnicodeDecodeError:
                    continue
                wanted.update(ord(ch) for ch in text)
    return sorted(code for code in wanted if code >= 0x2E80)


def build(source: Path, target: Path, unicodes: list[int]) -> None:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False  # deterministic output
    options.hinting = False  # print and screen at normal sizes do not need it; halves the files
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def main(folder: Path = FONTS) -> int:
    noto = SYSTEM / "noto"
    droid = SYSTEM / "droid" / "DroidSansFallbackFull.ttf"
    for path in (noto / "NotoSansEthiopic-Regular.ttf", droid, SYSTEM / "nanum" / "NanumGothic.ttf"):
        if not path.exists():
            print(f"{path} missing: apt-get install fonts-noto-core fonts-droid-fallback fonts-nanum", file=sys.stderr)
            return 1
    build(noto / "NotoSansEthiopic-Regular.ttf", folder / "NotoSansEthiopic-Regular.ttf", ETHIOPIC)
    build(noto / "NotoSansEthiopic-Bold.ttf", folder / "NotoSansEthiopic-Bold.ttf", ETHIOPIC)
    build(droid, folder / "DroidSansFallback-Subset.ttf", cjk_characters())
    hangul = HANGUL_BLOCKS + [code for code in cjk_characters() if 0xAC00 <= code <= 0xD7A3]
    nanum = SYSTEM / "nanum"
    build(nanum / "NanumGothic.ttf", folder / "NanumGothic-Hangul.ttf", hangul)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
