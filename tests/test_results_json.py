"""`juryapp results --json` prints the juryapp.results/1 document as `json.dumps` writes it, one
candidate a line: the candidates that share an outcome share its encoding, and nothing else changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from juryapp.demo import demo_session_document
from juryapp.exchange.results_doc import results_document, results_json
from juryapp.exchange.session_doc import parse_session
from juryapp.rules import Code, Finding, evaluate_session
from juryapp.storage.library import ReferentielLibrary

EXAMPLES = Path(__file__).parent / "data" / "examples"
SESSIONS = sorted(p for p in EXAMPLES.glob("*.json") if not p.name.endswith(".expect.json"))


def one_a_line(data, outcomes) -> str:
    """The document encoded whole by `json.dumps`, then one candidate a line."""
    document = results_document(data, outcomes)
    candidates = document.pop("candidates")
    head = json.dumps(document, ensure_ascii=False)[:-1]
    if not candidates:
        return f'{head}, "candidates": []}}\n'
    rows = ",\n  ".join(json.dumps(candidate, ensure_ascii=False) for candidate in candidates)
    return f'{head}, "candidates": [\n  {rows}\n]}}\n'


def evaluated(document: dict):
    imported = parse_session(document, ReferentielLibrary())
    return imported.data, evaluate_session(imported.data, imported.referentiels)


@pytest.mark.parametrize("path", SESSIONS, ids=lambda p: p.stem)
def test_each_example_prints_as_json_dumps_writes_it(path: Path) -> None:
    data, outcomes = evaluated(json.loads(path.read_text(encoding="utf-8")))
    text = results_json(data, outcomes)
    assert text == one_a_line(data, outcomes)
    assert json.loads(text) == results_document(data, outcomes)


def test_the_demo_prints_as_json_dumps_writes_it() -> None:
    data, outcomes = evaluated(demo_session_document("titre"))
    assert len({o.document for o in outcomes}) > 1
    assert results_json(data, outcomes) == one_a_line(data, outcomes)


def test_outcomes_alike_but_for_one_field_are_each_printed_as_they_are() -> None:
    data, outcomes = evaluated(demo_session_document("titre"))
    model = outcomes[0]
    odd = 'Guillemets " et \\ barre, }, {"ref": "C9", saut\nde ligne, é, 😀, \u2028'
    variants = [
        model,
        dataclasses.replace(model, ref="C1000"),  # the same outcome, another candidate
        dataclasses.replace(model, ref='R"é\n😀'),
        dataclasses.replace(model, admissible=not model.admissible),
        dataclasses.replace(model, blockers=(Finding(Code.ECF_MISSING, odd, True),)),
        dataclasses.replace(model, blockers=(Finding(Code.ECF_MISSING, odd, False),)),
        dataclasses.replace(model, warnings=(Finding(Code.CORRESPONDENCE_UNVERIFIED, "Table non vérifiée"),)),
        dataclasses.replace(model, ccps_obtained=("CCP1",), ccps_held=("CCP1",), document="livret"),
        dataclasses.replace(
            model, ccps_obtained=("CCP1",), document="livret", completion_deadline=dt.date(2029, 8, 31)
        ),
        dataclasses.replace(model, title="awarded", document="parchemin"),
        dataclasses.replace(model, attendance="excused"),
        model,
    ]
    text = results_json(data, variants)
    assert text == one_a_line(data, variants)
    assert text.count("\n") == len(variants) + 2  # the line breaks inside texts are escaped


def test_no_candidate() -> None:
    data, _ = evaluated(demo_session_document("titre"))
    assert results_json(data, []) == one_a_line(data, [])
    assert json.loads(results_json(data, []))["candidates"] == []
