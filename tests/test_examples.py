"""Each example of shared/design/examples (copied in tests/data/examples), through the real command line."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES, SHARED_EXAMPLES

CASES = sorted(p for p in EXAMPLES.glob("*.json") if not p.name.endswith(".expect.json"))


def test_examples_are_present():
    assert len(CASES) >= 7, f"examples not found in {EXAMPLES}"


@pytest.mark.skipif(not SHARED_EXAMPLES.is_dir(), reason="../shared/design/examples absent (clone on its own)")
def test_copied_examples_match_the_design_folder():
    shared = {p.name: p.read_bytes() for p in SHARED_EXAMPLES.iterdir() if p.is_file()}
    copied = {p.name: p.read_bytes() for p in EXAMPLES.iterdir() if p.is_file()}
    assert sorted(copied) == sorted(shared), "tests/data/examples must hold exactly the design examples"
    for name, content in shared.items():
        assert copied[name] == content, f"tests/data/examples/{name} differs from ../shared/design/examples/{name}"


@pytest.mark.parametrize("document", CASES, ids=lambda p: p.stem)
def test_example_results_match_expectation(document, tmp_path, cli):
    session_file = tmp_path / "session.jury"
    imported = cli("import", document, "--into", session_file)
    assert imported.returncode == 0, imported.stderr
    printed = cli("results", session_file, "--json")
    assert printed.returncode == 0, printed.stderr
    results = json.loads(printed.stdout)
    assert results["format"] == "juryapp.results/1"
    by_ref = {c["ref"]: c for c in results["candidates"]}
    expected = json.loads(document.with_name(document.stem + ".expect.json").read_text("utf-8"))
    for ref, fields in expected.items():
        for key, value in fields.items():
            got = by_ref[ref][key]
            if key in ("blockers", "warnings"):
                got = [finding["code"] for finding in got]
            assert got == value, f"{document.name} {ref}.{key}: {got!r} != {value!r}"


@pytest.mark.parametrize("document", CASES, ids=lambda p: p.stem)
def test_example_results_follow_the_schema(document, tmp_path, cli):
    from juryapp.exchange.validation import validate

    session_file = tmp_path / "session.jury"
    assert cli("import", document, "--into", session_file).returncode == 0
    results = json.loads(cli("results", session_file, "--json").stdout)
    validate(results, "juryapp.results/1")
    for candidate in results["candidates"]:
        for key in ("ccps_examined", "ccps_obtained", "ccps_held"):
            assert candidate[key] == sorted(candidate[key])
        for finding in candidate["blockers"] + candidate["warnings"]:
            assert finding["message"] and finding["message"] != finding["code"]
