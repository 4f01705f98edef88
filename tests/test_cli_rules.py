"""Every code of DOMAIN.md §6 through the real command line: `juryapp import DOC --into FILE`
then `juryapp results FILE --json` (EXCHANGE.md §3, §4), one small document per code where it
fires and one where it must not (the scenarios of test_rules_codes, built on example E1)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from conftest import load_example
from test_rules_codes import ABOUT_FILE, BLOCKERS, NEAR_MISSES, SCENARIOS, assert_french_message

from juryapp.exchange.validation import validate
from juryapp.rules import Code

E1 = load_example("E1-formation-titre-attribue.json")


def results_of(cli, document: dict, folder: Path) -> dict:
    """Import `document` with the CLI, print its results as JSON; both exit 0."""
    source = folder / "session.json"
    source.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    target = folder / "session.jury"
    imported = cli("import", source, "--into", target)
    assert imported.returncode == 0, imported.stderr
    printed = cli("results", target, "--json")
    assert printed.returncode == 0, printed.stderr
    assert printed.stderr == ""
    results = json.loads(printed.stdout)
    validate(results, "juryapp.results/1")
    return results


def c1(results: dict) -> dict:
    return next(c for c in results["candidates"] if c["ref"] == "C1")


@pytest.mark.parametrize("code", list(Code), ids=str)
def test_cli_reports_each_code_where_it_fires(cli, tmp_path, code):
    results = results_of(cli, SCENARIOS[code](copy.deepcopy(E1)), tmp_path)
    candidate = c1(results)
    kind = "blockers" if code in BLOCKERS else "warnings"
    other = "warnings" if kind == "blockers" else "blockers"
    assert [f["code"] for f in candidate[kind]] == [code.value]
    assert candidate[other] == []
    assert_french_message(code, candidate[kind][0]["message"])
    if code in BLOCKERS:
        assert candidate["admissible"] is not (code in ABOUT_FILE or code == Code.JURY_TOO_SMALL)
        assert candidate["document"] == "none"
        assert candidate["ccps_obtained"] == []
        assert candidate["completion_deadline"] is None
        assert candidate["title"] in ("not_awarded", "not_applicable")
    else:
        assert candidate["admissible"] is True
    for key in ("ccps_examined", "ccps_obtained", "ccps_held"):
        assert candidate[key] == sorted(candidate[key])


@pytest.mark.parametrize("code", list(Code), ids=str)
def test_cli_does_not_report_a_code_in_its_near_miss(cli, tmp_path, code):
    candidate = c1(results_of(cli, NEAR_MISSES[code](copy.deepcopy(E1)), tmp_path))
    assert code.value not in [f["code"] for f in candidate["blockers"] + candidate["warnings"]]
    assert candidate["blockers"] == []
    assert candidate["admissible"] is True


def test_cli_reports_findings_in_the_order_of_domain_section_6(cli, tmp_path):
    document = copy.deepcopy(E1)
    person = document["candidates"][0]
    person.update(professional_dossier=False, ecf={}, held_titles=[{"title": "RNCP90002", "obtained_on": "2027-01-01"}])
    document["final_interviews"][0]["held_on"] = "2026-10-01"
    candidate = c1(results_of(cli, document, tmp_path))
    assert [f["code"] for f in candidate["blockers"]] == [
        "PRIOR_DATED_AFTER_SESSION",
        "TITLE_ALREADY_HELD",
        "NO_PROFESSIONAL_DOSSIER",
        "ECF_MISSING",
        "FINAL_INTERVIEW_OUTSIDE_SESSION",
    ]
    assert candidate["admissible"] is False


def test_cli_duplicate_candidate_blocks_both_entries(cli, tmp_path):
    document = SCENARIOS[Code.DUPLICATE_CANDIDATE](copy.deepcopy(E1))
    results = results_of(cli, document, tmp_path)
    for entry in results["candidates"]:
        assert [f["code"] for f in entry["blockers"]] == ["DUPLICATE_CANDIDATE"]
        assert entry["admissible"] is False and entry["document"] == "none"


def test_cli_new_keys_of_the_second_edition_are_read(cli, tmp_path):
    """usage_name, candidates[].ccps, a CCS held, prior session, schedule, issuer."""
    document = copy.deepcopy(E1)
    document["session"].update(
        kind="ccp",
        ccps=["CCP2", "CCP3"],
        issuer={
            "authority": "DREETS Auvergne-Rhône-Alpes",
            "place": "Lyon",
            "signatory": "A. Préfet",
            "role": "Directeur",
        },
    )
    document["candidates"][0].update(
        pathway="capitalisation",
        from_training=False,
        ecf={},
        usage_name="Martin",
        ccps=["CCP2"],
        prior_ccps=[{"title": "RNCP90001", "ccp": "CCP1", "obtained_on": "2021-06-15", "session": "S-2021-07"}],
        held_titles=[{"title": "RNCP12345", "ccs": "CCS4", "obtained_on": "2020-01-01"}],
    )
    document["results"] = [
        {"candidate": "C1", "ccp": "CCP2", "decision": "acquis", "jurors": ["J1", "J2"], "justification": ""}
    ]
    document["final_interviews"] = []
    document["title_decisions"] = []
    document["schedule"] = [
        {
            "candidate": "C1",
            "assessment": "mise_en_situation",
            "ccp": "CCP2",
            "room": "Salle 2",
            "start": "2026-10-12T09:00",
            "end": "2026-10-12T12:00",
            "jurors": ["J1", "J2"],
        }
    ]
    candidate = c1(results_of(cli, document, tmp_path))
    assert candidate["blockers"] == [] and candidate["warnings"] == []
    assert candidate["ccps_examined"] == ["CCP2"]
    assert candidate["ccps_obtained"] == ["CCP2"]
    assert candidate["ccps_held"] == ["CCP1", "CCP2"]
    assert candidate["title"] == "pending" and candidate["document"] == "livret"
    assert candidate["completion_deadline"] == "2027-12-31"
