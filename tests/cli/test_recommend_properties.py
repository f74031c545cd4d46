"""Property: whatever file it is given, ``recommend`` answers JSON (exit 0) or a message (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aml_desktop.cli.main import main

CASE = json.loads((Path(__file__).parents[1] / "fixtures" / "cases" / "patient1-early-relapse.json").read_text())

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)


@st.composite
def damaged_case_files(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["bytes", "field", "truncated"]))
    text = json.dumps(CASE)
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "truncated":
        return text.encode()[: draw(st.integers(0, len(text) - 1))]
    data = json.loads(text)
    section = draw(st.sampled_from(["patient", "diagnosis", "fitness"]))
    key = draw(st.sampled_from([*data[section], "typo_field"]))
    data[section][key] = draw(json_values)
    return json.dumps(data).encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damaged_case_files())
def test_invalid_input_always_exits_2_with_a_message(tmp_path, capsys, raw):
    path = tmp_path / "case.json"
    path.write_bytes(raw)
    code = main(["recommend", str(path)])
    out, err = capsys.readouterr()
    if code == 0:
        assert json.loads(out)["format"] == "aml-recommendation/1"
        assert err == ""
    else:
        assert code == 2
        assert out == ""
        assert "case.json" in err
