"""Reading back what a summary PDF says: text per page, font sizes, embedded fonts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page with all whitespace collapsed to single spaces."""
    return [" ".join(page.extract_text().split()) for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def font_sizes(pdf: bytes) -> list[float]:
    """Every size set with the ``Tf`` operator on every page (text in tables, chart and margins)."""
    sizes = []
    for page in reader(pdf).pages:
        content = page.get_contents()
        assert content is not None
        data = content.get_data().decode("latin-1")
        sizes += [float(size) for size in re.findall(r"/F\d+\+?\d* ([\d.]+) Tf", data)]
    return sizes


def fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font name, embedded) for every font used on every page."""
    found = {}
    for page in reader(pdf).pages:
        resources = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[name] = embedded
    return sorted(found.items())


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (CI installs it)")
    return path


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([require_tool("qpdf"), "--check", str(path)], capture_output=True, text=True, check=False)
