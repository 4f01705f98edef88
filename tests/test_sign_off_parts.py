"""The sign-off's French sentences are made from their parts, and are what they always were.

What `sign_off_needs` and `sign_off_problems` write (the subjects to confirm, the outcomes still
to decide, the records of absent candidates, why a sign-off is refused) is shown by the dialog,
refused by the operations and the import, printed on the procès-verbal and recorded in the
history: it must not change. Each of these sentences also keeps how it is made (`Subject.parts`,
`parts` of a `Said` line: templates of `juryapp.rules.messages` and their values), which is what
the interface translates; with no translation, the parts give the French text itself.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

from hypothesis import given
from test_properties import SETTINGS, session_documents
from test_rules_codes import (
    TITLE,
    add_candidate,
    add_juror,
    as_capitalisation,
    as_ccs_session,
    candidate,
    referentiel,
    set_ccs_decision,
    set_results,
    set_title_decision,
)
from test_rules_finding_parts import pinned_sessions
from test_sign_off_rules import CASES, E1, signed

from juryapp.exchange.session_doc import parse_session
from juryapp.model import Confirmation, SignOff
from juryapp.rules import sign_off_needs, sign_off_problems, sign_off_window
from juryapp.rules.messages import MESSAGES, SIGN_OFF_MESSAGES, SIGN_OFF_WORDS, WORDS
from juryapp.rules.phrases import Joined, Part, Phrase, Said, said_text, sentence
from juryapp.storage.library import ReferentielLibrary

# The sentences of the sessions below, as the rules wrote them before they kept their parts.
PINNED = Path(__file__).parent / "data" / "sign_off_messages.json"


def _two_blockers_two_results_missing_two_conflicts() -> dict:
    """C1 blocked twice (two findings in its subject); C2, in a session CCP, without two results;
    J3, in conflict with C3 and C4, named on their decisions; only the arrêté unverified."""
    doc = signed(copy.deepcopy(E1))
    candidate(doc)["professional_dossier"] = False
    set_results(doc, ("CCP1", "acquis"), ("CCP2", "non_acquis"))
    doc = as_capitalisation(doc, held=("CCP1",), examined=("CCP2", "CCP3"), title=None)
    for ref in ("C3", "C4"):
        add_candidate(doc, ref)
        set_results(doc, ("CCP2", "acquis"), ref=ref)
    add_juror(doc, "J3", conflict_with="C3")
    doc["jurors"][-1]["conflicts"].append({"candidate": "C4", "kind": "formateur", "note": "formateur en 2024"})
    for record in doc["results"]:
        if record["candidate"] in ("C3", "C4"):
            record["jurors"].append("J3")
    referentiel(doc, TITLE)["arrete"] = {"date": "2022-12-01", "jo": "2022-12-10", "verified": False}
    return doc


def _titre_excused_with_everything() -> dict:
    doc = signed(copy.deepcopy(E1))
    add_candidate(doc, "C2", attendance="excused")
    set_results(doc, ("CCP1", "acquis"), ("CCP2", "acquis"), ref="C2")
    doc["final_interviews"].append({"candidate": "C2", "jurors": ["J1", "J2"], "held_on": "2026-10-13", "notes": ""})
    set_title_decision(doc, "not_awarded", "Absent.", ref="C2")
    return doc


def _ccp_two_results_missing() -> dict:
    doc = as_capitalisation(signed(copy.deepcopy(E1)), held=("CCP1",), examined=("CCP2", "CCP3"), title=None)
    doc["results"] = []
    return doc


def _ccs_absent_with_decision() -> dict:
    doc = as_ccs_session(signed(copy.deepcopy(E1)), decision=None)
    set_ccs_decision(doc, "not_awarded", "Absent.")
    candidate(doc)["attendance"] = "absent"
    return doc


def sessions() -> dict[str, dict]:
    """Every case of test_sign_off_rules, a few more, the examples, both demo sessions and each
    finding code's scenario and near miss (test_rules_finding_parts)."""
    docs = {}
    for name, change, _verdict, _mentions in CASES:
        docs[f"case-{name}"] = change(signed(copy.deepcopy(E1)))
    docs["two-blockers-two-results-missing-two-conflicts"] = _two_blockers_two_results_missing_two_conflicts()
    docs["excused-with-everything"] = _titre_excused_with_everything()
    docs["ccp-two-results-missing"] = _ccp_two_results_missing()
    docs["ccs-absent-with-decision"] = _ccs_absent_with_decision()
    docs.update(pinned_sessions())
    return docs


def proposals(doc: dict, data) -> dict[str, tuple[SignOff, bool]]:  # noqa: ANN001
    """The document's own sign-off, and sign-offs made to fail in every way §7 says (whether each
    is checked with `strict_subjects`)."""
    found: dict[str, tuple[SignOff, bool]] = {}
    raw = doc.get("sign_off")
    if raw is not None:
        own = SignOff(
            raw["at"],
            tuple(raw["jurors"]),
            tuple(Confirmation(c["subject"], c["reference"], c["by"]) for c in raw.get("confirmations", [])),
        )
        found["own"] = (own, True)
        found["own-lenient"] = (own, False)  # as a revocation after sign-off checks it
    jurors = tuple(j.ref for j in data.jurors)
    first, last = sign_off_window(data)
    needs = sign_off_needs(data, _referentiels(doc))
    subjects = [s.key for s in needs.to_confirm]
    candidates = [c.ref for c in data.candidates]
    found["everyone-on-the-last-day"] = (SignOff(f"{first.isoformat()}T18:00:00", jurors), True)
    early = (first - dt.timedelta(days=1)).isoformat() + "T10:00:00"
    found["too-early-one-signer-wrong-names"] = (
        SignOff(
            early,
            jurors[:1],
            tuple(Confirmation(s, "Quelqu'un d'autre", jurors[0] if jurors else "J1") for s in subjects + candidates)
            + (Confirmation("C99", "Personne", jurors[0] if jurors else "J1"),),
        ),
        True,
    )
    late = (last + dt.timedelta(days=30)).isoformat() + "T10:00:00"
    found["too-late-unknown-signers"] = (
        SignOff(
            late,
            ("JX", "JY", *jurors[1:]),
            tuple(Confirmation(s, "", "JX") for s in subjects)
            + tuple(Confirmation(s, "Arrêté du 1er janvier 2024", "J99") for s in subjects),
        ),
        True,
    )
    found["unreadable"] = (SignOff("pas une date", jurors), True)
    return found


_REFERENTIELS: dict[int, object] = {}


def _imported(doc: dict):  # noqa: ANN202
    unsigned = {k: v for k, v in doc.items() if k != "sign_off"}
    return parse_session(copy.deepcopy(unsigned), ReferentielLibrary())


def _referentiels(doc: dict):  # noqa: ANN202
    return _imported(doc).referentiels


def texts(doc: dict) -> dict:
    """The needs and the problems of `doc`'s session (without its own sign-off), as French text."""
    imported = _imported(doc)
    data, referentiels = imported.data, imported.referentiels
    needs = sign_off_needs(data, referentiels)
    problems = {
        name: sign_off_problems(data, referentiels, proposal, strict_subjects=strict)
        for name, (proposal, strict) in proposals(doc, data).items()
    }
    if problems.get("own-lenient") == problems.get("own"):
        problems.pop("own-lenient", None)
    return {
        "undecided": list(needs.undecided),
        "absent_with_records": list(needs.absent_with_records),
        "to_confirm": [[s.key, s.what, s.candidate] for s in needs.to_confirm],
        "problems": problems,
    }


def write_pinned() -> None:
    """Record the sentences as the rules write them now (run once, before changing how they are made)."""
    pinned = {name: texts(doc) for name, doc in sessions().items()}
    PINNED.write_text(json.dumps(pinned, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def assert_made_of_its_parts(text: str) -> None:
    """A `Said` whose parts, in French (and through the identity translation), are the text."""
    assert isinstance(text, Said) and text.parts, text
    assert sentence(text.parts) == text
    assert sentence(text.parts, lambda template: template) == text
    assert all(template in SIGN_OFF_MESSAGES.values() for template, _ in text.parts), text.parts


def assert_needs_made_of_their_parts(needs) -> None:  # noqa: ANN001
    for line in needs.undecided + needs.absent_with_records:
        assert_made_of_its_parts(line)
    for subject in needs.to_confirm:
        assert subject.parts and sentence(subject.parts) == subject.what, subject
        assert sentence(subject.parts, lambda template: template) == subject.what


def test_the_sentences_are_those_the_rules_always_wrote() -> None:
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    docs = sessions()
    assert set(docs) == set(pinned)
    for name, doc in docs.items():
        assert texts(doc) == pinned[name], name
        imported = _imported(doc)
        needs = sign_off_needs(imported.data, imported.referentiels)
        assert_needs_made_of_their_parts(needs)
        for proposal, strict in proposals(doc, imported.data).values():
            for problem in sign_off_problems(imported.data, imported.referentiels, proposal, strict_subjects=strict):
                assert_made_of_its_parts(problem)


def test_every_template_is_pinned() -> None:
    """Each template and piece of the sign-off appears in the pinned sentences."""
    used: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, Phrase):
            used.add(value.template)
            for item in (value.values or {}).values():
                collect(item)
        elif isinstance(value, Joined):
            for item in value.items:
                collect(item)
        elif isinstance(value, tuple):
            for item in value:
                collect(item)

    for doc in sessions().values():
        imported = _imported(doc)
        needs = sign_off_needs(imported.data, imported.referentiels)
        lines: list[tuple[Part, ...]] = [s.parts for s in needs.to_confirm]
        for proposal, strict in proposals(doc, imported.data).values():
            found = sign_off_problems(imported.data, imported.referentiels, proposal, strict_subjects=strict)
            lines += [line.parts for line in found if isinstance(line, Said)]
        for parts in lines:
            for template, values in parts:
                used.add(template)
                for value in values.values():
                    collect(value)
    assert set(SIGN_OFF_MESSAGES.values()) <= used, set(SIGN_OFF_MESSAGES.values()) - used
    assert set(SIGN_OFF_WORDS.values()) <= used, set(SIGN_OFF_WORDS.values()) - used
    # the finding messages within blocked candidates' subjects are the findings' own templates
    assert used & set(MESSAGES.values()) and used & set(WORDS.values())


@SETTINGS
@given(doc=session_documents())
def test_every_sentence_is_its_parts_in_french(doc) -> None:
    imported = _imported(doc)
    data, referentiels = imported.data, imported.referentiels
    assert_needs_made_of_their_parts(sign_off_needs(data, referentiels))
    for proposal, strict in proposals(doc, data).values():
        for problem in sign_off_problems(data, referentiels, proposal, strict_subjects=strict):
            assert_made_of_its_parts(problem)


def test_the_lines_are_strings_like_any_other() -> None:
    """A `Said` compares, hashes, joins and is written to JSON as its text."""
    import pickle

    line = Said.of(SIGN_OFF_MESSAGES["unknown_signer"], {"ref": "J9"})
    assert line == "signataire « J9 » inconnu" and hash(line) == hash("signataire « J9 » inconnu")
    assert line in {"signataire « J9 » inconnu"} and " ; ".join([line, "x"]) == "signataire « J9 » inconnu ; x"
    assert json.dumps([line], ensure_ascii=False) == '["signataire « J9 » inconnu"]'
    again = pickle.loads(pickle.dumps(line))
    assert again == line and again.parts == line.parts
    assert copy.deepcopy(line).parts == line.parts
    assert said_text(line, lambda template: template.replace("inconnu", "unknown")) == "signataire « J9 » unknown"
    assert said_text("texte", lambda template: "text") == "texte"  # a plain string stays as it is
