"""The lean text flowable: line breaking, splitting across pages, no lost words."""

from __future__ import annotations

from aml_desktop.reports.styles import register_fonts, string_width
from aml_desktop.reports.textblock import TextBlock, layout_lines


def _words(lines: list) -> list[str]:  # type: ignore[type-arg]
    return " ".join(" ".join(seg for seg, _, _ in line) for line in lines).split()


def setup_module() -> None:
    register_fonts()


def test_lines_fit_the_width_and_keep_every_word() -> None:
    text = "Refer for allogeneic HCT, the only reliably curative option, ideally in morphologic CR. " * 4
    lines = layout_lines([(text, False)], 9.5, 200)
    assert len(lines) > 3
    for line in lines:
        last_text, bold, x = line[-1]
        assert x + string_width(last_text, 9.5, bold) <= 200 + 0.01
    assert _words(lines) == text.split()


def test_bold_and_regular_runs_keep_their_spacing() -> None:
    (line,) = layout_lines([("Molecular testing", True), (": test FLT3", False), (" [1]", False)], 9.5, 500)
    assert [seg for seg, _, _ in line] == ["Molecular testing", ": test FLT3 [1]"]
    assert [bold for _, bold, _ in line] == [True, False]
    assert line[1][2] == string_width("Molecular testing", 9.5, True)  # no space before the colon


def test_a_word_longer_than_the_line_is_cut_not_lost() -> None:
    karyotype = "46,XX,t(9;11)(p21.3;q23.3)[20]/47,XX,+8,t(9;11)(p21.3;q23.3)[5]"
    lines = layout_lines([(karyotype, False)], 9, 60)
    assert len(lines) > 1
    assert "".join(seg for line in lines for seg, _, _ in line) == karyotype


def test_split_keeps_all_lines() -> None:
    block = TextBlock([("word " * 200, False)], size=9.5, leading=12)
    _, height = block.wrap(300, 1000)
    first, rest = block.split(300, height / 2)
    _, h1 = first.wrap(300, 1000)
    _, h2 = rest.wrap(300, 1000)
    assert h1 + h2 == height
    assert block.split(300, 5) == []


def test_no_single_line_is_left_behind_or_carried_over() -> None:
    def block_of(lines: int) -> TextBlock:
        block = TextBlock([("word " * (10 * lines), False)], size=9.5, leading=12)
        _, height = block.wrap(300, 1000)
        assert round(height / 12) == lines
        return block

    three = block_of(3)
    assert three.split(300, 12 * 1.5) == []  # one line would stand alone at the foot of the page
    assert three.split(300, 12 * 2.5) == []  # one line would be carried over alone
    five = block_of(5)
    first, rest = five.split(300, 12 * 4.5)  # room for 4, but then 1 would be carried over: 3 + 2
    assert round(first.wrap(300, 1000)[1] / 12) == 3
    assert round(rest.wrap(300, 1000)[1] / 12) == 2
