"""DOMAIN.md §7: when the jury may sign a session off, at the rules' level
(`sign_off_problems`) and at import (an imported `sign_off` that fails §7 is bad input: exit 2,
the field named, nothing written).

Every case starts from example E1 (session titre 2026-10-12 → 2026-10-13, C1 awarded by J1 and
J2, nothing unverified), a sign-off that is accepted, and changes one thing.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import load_example, run_cli
from test_rules_codes import (
    OLD_TITLE,
    TITLE,
    add_candidate,
    add_juror,
    as_capitalisation,
    as_ccs_session,
    candidate,
    clear_decisions,
    juror,
    referentiel,
    set_ccs_decision,
    set_results,
    set_title_decision,
)

from juryapp.exchange.session_doc import parse_session
from juryapp.model import Confirmation, SignOff
from juryapp.rules import sign_off_needs, sign_off_problems, sign_off_window
from juryapp.storage.library import ReferentielLibrary

E1 = load_example("E1-formation-titre-attribue.json")
SIGNED_AT = "2026-10-13T18:00:00"
CORRESPONDENCE = f"{OLD_TITLE}->{TITLE}"


def signed(doc: dict, at: str = SIGNED_AT, jurors=("J1", "J2"), confirmations=()) -> dict:
    doc["sign_off"] = {
        "at": at,
        "jurors": list(jurors),
        "confirmations": [{"subject": s, "reference": r, "by": b} for s, r, b in confirmations],
    }
    return doc


def problems(doc: dict) -> list[str]:
    """§7's problems with the document's `sign_off`, checked on the session without it."""
    unsigned = copy.deepcopy(doc)
    raw = unsigned.pop("sign_off")
    imported = parse_session(unsigned, ReferentielLibrary())
    proposed = SignOff(
        raw["at"],
        tuple(raw["jurors"]),
        tuple(Confirmation(c["subject"], c["reference"], c["by"]) for c in raw.get("confirmations", [])),
    )
    return sign_off_problems(imported.data, imported.referentiels, proposed)


def needs(doc: dict):
    unsigned = copy.deepcopy(doc)
    unsigned.pop("sign_off", None)
    imported = parse_session(unsigned, ReferentielLibrary())
    return sign_off_needs(imported.data, imported.referentiels)


def accepted(doc: dict) -> None:
    assert problems(doc) == []


def refused(doc: dict, *mentions: str) -> list[str]:
    found = problems(doc)
    assert found, "the sign-off should be refused"
    text = " ; ".join(found)
    for mention in mentions:
        assert mention in text, (mention, found)
    return found


@pytest.fixture
def doc() -> dict:
    return signed(copy.deepcopy(E1))


# -- cases: (name, build, verdict, mentions) -----------------------------------------------------
# Each case is checked at the rules' level and through `juryapp import`.


def _blocked(doc: dict) -> dict:
    candidate(doc)["professional_dossier"] = False
    return doc


def _with_c2(doc: dict) -> dict:
    """C2: another present formation candidate, decided (not awarded) by J1 and J2."""
    add_candidate(doc, "C2")
    set_results(doc, ("CCP1", "acquis"), ref="C2")
    set_title_decision(doc, "not_awarded", "Compétences non démontrées.", ref="C2")
    return doc


def _conflicted_signer_on_c2(doc: dict) -> dict:
    """J3 is C2's trainer and is named on C2's title decision: C2 is blocked, confirmed by J1."""
    _with_c2(doc)
    add_juror(doc, "J3", conflict_with="C2")
    doc["title_decisions"][-1]["jurors"].append("J3")
    doc["sign_off"]["confirmations"].append({"subject": "C2", "reference": "Élodie Autre-Cc", "by": "J1"})
    return doc


def _unverified_correspondence(doc: dict) -> dict:
    referentiel(doc, TITLE)["correspondence"]["verified"] = False
    return as_capitalisation(doc, held=("CCP1", "CCP2"), held_title=OLD_TITLE)


def _unverified_arrete(doc: dict) -> dict:
    referentiel(doc, TITLE)["arrete"] = {"date": "2022-12-01", "jo": "2022-12-10", "verified": False}
    return doc


def _usage_name(name: str):
    def change(doc: dict) -> dict:
        candidate(doc)["usage_name"] = name
        return doc

    return change


def _confirm(subject: str, reference: str = "Arrêté du 1er décembre 2022, JO du 10 décembre 2022", by: str = "J1"):
    def change(doc: dict) -> dict:
        doc["sign_off"]["confirmations"].append({"subject": subject, "reference": reference, "by": by})
        return doc

    return change


def _at(stamp: str):
    def change(doc: dict) -> dict:
        doc["sign_off"]["at"] = stamp
        return doc

    return change


def _signers(*refs: str):
    def change(doc: dict) -> dict:
        doc["sign_off"]["jurors"] = list(refs)
        return doc

    return change


def _then(*changes: Callable[[dict], dict]):
    def change(doc: dict) -> dict:
        for step in changes:
            doc = step(doc)
        return doc

    return change


def _habilitation(ref: str, until: str | None):
    def change(doc: dict) -> dict:
        juror(doc, ref)["habilitation_until"] = until
        return doc

    return change


def _attendance(value: str, ref: str = "C1"):
    def change(doc: dict) -> dict:
        candidate(doc, ref)["attendance"] = value
        return doc

    return change


def _absent_c2_with(key: str):
    def change(doc: dict) -> dict:
        add_candidate(doc, "C2", attendance="absent")
        record = {"candidate": "C2", "jurors": ["J1", "J2"]}
        if key == "results":
            record.update(ccp="CCP1", decision="acquis", justification="")
        elif key == "final_interviews":
            record.update(held_on="2026-10-13", notes="")
        else:
            record.update(decision="not_awarded", justification="Absent.")
        doc[key].append(record)
        return doc

    return change


def _session_ccp_missing_result(doc: dict) -> dict:
    doc = as_capitalisation(doc, held=("CCP1",), examined=("CCP2", "CCP3"), title=None)
    return set_results(doc, ("CCP2", "acquis"))


def _session_ccp_all_held_no_title_decision(doc: dict) -> dict:
    return as_capitalisation(doc, title=None)  # CCP3 acquis: every CCP held, interview held


def _session_ccp_all_held_no_interview_no_decision(doc: dict) -> dict:
    doc = as_capitalisation(doc, title=None)
    doc["final_interviews"] = []
    return doc


def _session_ccp_ccp_still_missing(doc: dict) -> dict:
    # CCP3 acquis, CCP2 still missing: `pending` (a CCP of T is missing) may stay after sign-off.
    doc = as_capitalisation(doc, held=("CCP1",), examined=("CCP3",), title=None)
    doc["final_interviews"] = []
    return doc


def _session_titre_undecided(doc: dict) -> dict:
    set_results(doc, ("CCP1", "acquis"), ("CCP2", "acquis"), ("CCP3", "acquis"))
    return set_title_decision(doc, None)


def _session_ccs_undecided(doc: dict) -> dict:
    return as_ccs_session(doc, decision=None)


def _session_ccs_decided(doc: dict) -> dict:
    doc = as_ccs_session(doc, decision=None)
    return set_ccs_decision(doc, "not_awarded", "Spécialisation non démontrée.")


CASES = [
    # the date: from the session's last day to 7 days after it
    ("on-the-last-day", _at("2026-10-13T00:00:00"), True, ()),
    ("seven-days-after", _at("2026-10-20T23:59:00"), True, ()),
    ("before-the-last-day", _at("2026-10-12T18:00:00"), False, ("12/10/2026", "avant")),
    ("long-before", _at("2020-01-15T10:00:00"), False, ("avant",)),
    ("eight-days-after", _at("2026-10-21T08:00:00"), False, ("21/10/2026", "7 jours")),
    # the signers
    ("one-signer", _signers("J1"), False, ("au moins 2",)),
    ("no-signer", _signers(), False, ("au moins 2",)),
    ("three-signers", _then(lambda d: add_juror(d, "J3"), _signers("J1", "J2", "J3")), True, ()),
    (
        "signer-not-habilitated-on-the-sign-off-date",
        _then(_habilitation("J2", "2026-10-13"), _at("2026-10-14T10:00:00")),
        False,
        ("Paul Renaud", "signature impossible"),
    ),
    (
        "signer-habilitated-until-the-sign-off-date",
        _then(_habilitation("J2", "2026-10-14"), _at("2026-10-14T10:00:00")),
        True,
        (),
    ),
    (
        "signer-without-habilitation",
        _then(lambda d: add_juror(d, "J3", habilitation_until=None), _signers("J1", "J2", "J3")),
        False,
        ("JuréJ3", "signature impossible"),
    ),
    (
        "signer-in-conflict-with-a-candidate-they-decided-on",
        _then(_conflicted_signer_on_c2, _signers("J1", "J2", "J3")),
        False,
        ("JuréJ3", "C2", "conflit"),
    ),
    ("conflicted-juror-who-does-not-sign", _conflicted_signer_on_c2, True, ()),
    (
        "signer-in-conflict-with-a-candidate-they-did-not-decide-on",
        _then(_with_c2, lambda d: add_juror(d, "J3", conflict_with="C2"), _signers("J1", "J2", "J3")),
        True,
        (),
    ),
    # outcomes still to decide, in each session kind
    ("titre-without-title-decision", _session_titre_undecided, False, ("C1", "aucune décision sur le titre")),
    ("titre-decided", lambda d: d, True, ()),
    ("ccp-an-examined-ccp-without-result", _session_ccp_missing_result, False, ("C1", "CCP3")),
    ("ccp-every-ccp-held-no-title-decision", _session_ccp_all_held_no_title_decision, False, ("C1", "titre")),
    (
        "ccp-every-ccp-held-no-interview-no-decision",
        _session_ccp_all_held_no_interview_no_decision,
        False,
        ("C1", "titre"),
    ),
    ("ccp-a-ccp-of-t-still-missing", _session_ccp_ccp_still_missing, True, ()),
    ("ccs-without-ccs-decision", _session_ccs_undecided, False, ("C1", "CCS")),
    ("ccs-decided", _session_ccs_decided, True, ()),
    # absent and excused candidates
    ("absent-without-records", _then(_attendance("absent"), clear_decisions), True, ()),
    ("absent-with-a-result", _absent_c2_with("results"), False, ("C2", "absent")),
    ("absent-with-an-interview", _absent_c2_with("final_interviews"), False, ("C2", "absent")),
    ("absent-with-a-title-decision", _absent_c2_with("title_decisions"), False, ("C2", "absent")),
    ("excused-with-records", _attendance("excused"), False, ("C1", "excusé")),
    # blocked candidates: confirmed by a signing juror, by name
    ("blocked-not-confirmed", _blocked, False, ("C1", "à faire confirmer")),
    ("blocked-confirmed", _then(_blocked, _confirm("C1", "Élodie Durand")), True, ()),
    (
        "blocked-confirmed-by-a-non-signer",
        _then(_blocked, lambda d: add_juror(d, "J3"), _confirm("C1", "Élodie Durand", "J3")),
        False,
        ("C1", "ne signe pas"),
    ),
    (
        "blocked-confirmed-with-an-empty-reference",
        _then(_blocked, _confirm("C1", "")),
        False,
        ("C1", "aucune référence"),
    ),
    ("blocked-confirmed-with-a-blank-reference", _then(_blocked, _confirm("C1", " \u200b ")), False, ("C1",)),
    ("blocked-and-absent-needs-no-confirmation", _then(_blocked, _attendance("absent"), clear_decisions), True, ()),
    # data flagged unverified: confirmed against the official text
    (
        "unverified-referentiel",
        lambda d: (referentiel(d, TITLE).update(verified=False), d)[1],
        False,
        (TITLE, "référence du texte officiel"),
    ),
    (
        "unverified-referentiel-confirmed",
        _then(lambda d: (referentiel(d, TITLE).update(verified=False), d)[1], _confirm(TITLE)),
        True,
        (),
    ),
    ("unverified-arrete", _unverified_arrete, False, (TITLE, "arrêté")),
    ("unverified-arrete-confirmed", _then(_unverified_arrete, _confirm(TITLE, by="J2")), True, ()),
    (
        "unverified-arrete-confirmed-by-a-non-signer",
        _then(_unverified_arrete, lambda d: add_juror(d, "J3"), _confirm(TITLE, by="J3")),
        False,
        ("ne signe pas",),
    ),
    ("unverified-arrete-empty-reference", _then(_unverified_arrete, _confirm(TITLE, reference="")), False, (TITLE,)),
    (
        # the procès-verbal itself cites the arrêté: confirmed even when no candidate is decided
        "unverified-arrete-even-when-nobody-is-decided",
        _then(_unverified_arrete, _attendance("absent"), clear_decisions),
        False,
        (TITLE,),
    ),
    (
        "unverified-arrete-confirmed-when-nobody-is-decided",
        _then(_unverified_arrete, _attendance("absent"), clear_decisions, _confirm(TITLE)),
        True,
        (),
    ),
    ("unblocked-candidate-confirmed-for-nothing", _confirm("C1", "Élodie Durand"), False, ("C1", "n'a pas à")),
    ("unknown-subject-confirmed", _confirm("C99"), False, ("C99", "n'a pas à")),
    ("blocked-confirmed-with-another-name", _then(_blocked, _confirm("C1", "Karim Benali")), False, ("son nom",)),
    ("blocked-confirmed-by-usage-name", _then(_blocked, _usage_name("Roux"), _confirm("C1", "ROUX Élodie")), True, ()),
    ("unverified-correspondence", _unverified_correspondence, False, (OLD_TITLE, TITLE, "correspondance")),
    ("unverified-correspondence-confirmed", _then(_unverified_correspondence, _confirm(CORRESPONDENCE)), True, ()),
    (
        "unverified-correspondence-confirmed-by-a-non-signer",
        _then(_unverified_correspondence, lambda d: add_juror(d, "J3"), _confirm(CORRESPONDENCE, by="J3")),
        False,
        ("ne signe pas",),
    ),
    (
        "unverified-correspondence-blank-reference",
        _then(_unverified_correspondence, _confirm(CORRESPONDENCE, reference="   ")),
        False,
        (CORRESPONDENCE,),
    ),
    (
        "unverified-correspondence-used-by-an-absent-candidate-only",
        _then(_unverified_correspondence, _attendance("absent"), clear_decisions),
        True,
        (),
    ),
]
CASE_IDS = [case[0] for case in CASES]


@pytest.mark.parametrize(("name", "change", "verdict", "mentions"), CASES, ids=CASE_IDS)
def test_sign_off_rules(doc, name, change, verdict, mentions):
    doc = change(doc)
    if verdict:
        accepted(doc)
    else:
        refused(doc, *mentions)


def test_the_sign_off_window_is_the_last_day_to_seven_days_after(doc):
    imported = parse_session({k: v for k, v in doc.items() if k != "sign_off"}, ReferentielLibrary())
    first, last = sign_off_window(imported.data)
    assert (first.isoformat(), last.isoformat()) == ("2026-10-13", "2026-10-20")


def test_an_unreadable_sign_off_date_is_refused(doc):
    doc["sign_off"]["at"] = "2026-13-45T99:00"
    refused(doc, "2026-13-45")


def test_an_unknown_signer_is_refused(doc):
    doc["sign_off"]["jurors"] = ["J1", "J9"]
    refused(doc, "J9")


def test_a_signer_listed_twice_counts_once(doc):
    doc["sign_off"]["jurors"] = ["J1", "J1"]
    refused(doc, "au moins 2")


def test_needs_list_the_subjects_to_confirm():
    doc = _unverified_correspondence(copy.deepcopy(E1))
    referentiel(doc, TITLE)["verified"] = False
    add_candidate(doc, "C2", professional_dossier=False, pathway="capitalisation", prior_ccps=[])
    found = needs(doc)
    assert [(s.key, s.candidate) for s in found.to_confirm] == [("C2", True), (TITLE, False), (CORRESPONDENCE, False)]
    assert found.undecided == [] and found.absent_with_records == []


def test_every_refusal_names_each_candidate_concerned():
    doc = signed(copy.deepcopy(E1))
    add_candidate(doc, "C2")
    add_candidate(doc, "C3", professional_dossier=False)
    add_candidate(doc, "C4", attendance="excused")
    set_results(doc, ("CCP1", "acquis"), ref="C4")
    found = refused(doc)
    text = " ; ".join(found)
    assert "C2" in text and "aucune décision sur le titre" in text
    assert "C3" in text and "Dossier professionnel" in text
    assert "C4" in text and "excusé" in text
    assert "C1 " not in text


# -- at import, through the command line -----------------------------------------------------------


def _import_flags() -> list[str]:
    """`--unsealed-sign-off` when the command line has it (EXCHANGE.md §2: a sign-off written by
    another tool carries no seal), so that only §7 decides here."""
    helped = run_cli("import", "--help")
    return ["--unsealed-sign-off"] if "--unsealed-sign-off" in helped.stdout else []


def tree_state(*roots: Path) -> dict[str, object]:
    state: dict[str, object] = {}
    for root in roots:
        for path in sorted(root.rglob("*")):
            state[str(path)] = (path.read_bytes(), path.stat().st_mtime_ns) if path.is_file() else "folder"
    return state


@pytest.fixture(scope="module")
def import_flags() -> list[str]:
    return _import_flags()


@pytest.mark.parametrize(("name", "change", "verdict", "mentions"), CASES, ids=CASE_IDS)
def test_sign_off_at_import(cli, tmp_path, data_dir, import_flags, name, change, verdict, mentions):
    document = change(signed(copy.deepcopy(E1)))
    work = tmp_path / "work"
    work.mkdir()
    source = work / "session.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    target = work / "session.jury"
    before = tree_state(work, data_dir)
    result = cli("import", source, "--into", target, *import_flags)
    if verdict:
        assert result.returncode == 0, result.stderr
        assert target.is_file()
        printed = cli("results", target, "--json")
        assert printed.returncode == 0, printed.stderr
        exported_path = work / "exported.json"
        assert cli("export", target, "--to", exported_path).returncode == 0
        kept = json.loads(exported_path.read_text(encoding="utf-8"))["sign_off"]
        kept.pop("seal", None)
        assert kept == document["sign_off"]  # the confirmations are kept as given
        return
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(source) in lines[0] and "sign_off" in lines[0]
    for mention in mentions:
        assert mention in lines[0], (mention, lines[0])
    assert not target.exists()
    assert tree_state(work, data_dir) == before, "a refused import changed or created a file"
    assert not [p for p in work.iterdir() if p.name.startswith(".")]
    assert os.listdir(work) == ["session.json"]
