"""The findings' French messages are made from their parts, and are what they always were.

`Finding.message` is printed by the documents, the procès-verbal, the command line and the JSON
exports: it must not change. `Finding.parts` (templates of `juryapp.rules.messages` and their
values) is what the interface translates; with no translation, the parts give the message itself.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from hypothesis import given
from test_properties import SETTINGS, session_documents
from test_rules_codes import NEAR_MISSES, SCENARIOS

from juryapp.demo import demo_session_document
from juryapp.exchange.session_doc import parse_session
from juryapp.rules import Code, Finding, evaluate_session
from juryapp.rules.messages import MESSAGES, WORDS
from juryapp.rules.phrases import Listing, Phrase, render, sentence
from juryapp.rules.wording import fr_list
from juryapp.storage.library import ReferentielLibrary

DATA = Path(__file__).parent / "data"
EXAMPLES = DATA / "examples"
# The messages of the sessions below, as the rules wrote them before they kept their parts.
PINNED = DATA / "finding_messages.json"


def pinned_sessions() -> dict[str, dict]:
    """The design examples, both demo sessions, and each code's scenario and near miss."""
    docs = {}
    for path in sorted(EXAMPLES.glob("E*.json")):
        if not path.name.endswith(".expect.json"):
            docs[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    for kind in ("titre", "ccp"):
        docs[f"demo-{kind}"] = demo_session_document(kind)
    base = json.loads((EXAMPLES / "E1-formation-titre-attribue.json").read_text(encoding="utf-8"))
    for table, name in ((SCENARIOS, "fires"), (NEAR_MISSES, "near-miss")):
        for code, make in table.items():
            doc = make(copy.deepcopy(base))
            doc.setdefault("schedule", [])
            docs[f"{code.value}-{name}"] = doc
    return docs


def findings_of(doc: dict) -> list[tuple[str, Finding]]:
    imported = parse_session(doc, ReferentielLibrary())
    return [
        (outcome.ref, finding)
        for outcome in evaluate_session(imported.data, imported.referentiels)
        for finding in (*outcome.blockers, *outcome.warnings)
    ]


def assert_made_of_its_parts(finding: Finding) -> None:
    assert finding.parts, f"{finding.code}: no parts"
    assert sentence(finding.parts) == finding.message
    assert sentence(finding.parts, lambda text: text) == finding.message  # the identity translation too
    known = set(MESSAGES.values())
    assert all(template in known for template, _ in finding.parts), finding.parts


def test_the_messages_are_those_the_rules_always_wrote() -> None:
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    docs = pinned_sessions()
    assert set(docs) == set(pinned)
    for name, doc in docs.items():
        found = findings_of(doc)
        assert [[ref, f.code.value, f.message] for ref, f in found] == pinned[name], name
        for _, finding in found:
            assert_made_of_its_parts(finding)
    assert {code for messages in pinned.values() for _, code, _ in messages} == {c.value for c in Code}


@SETTINGS
@given(doc=session_documents())
def test_every_message_is_its_parts_in_french(doc) -> None:
    for _, finding in findings_of(doc):
        assert_made_of_its_parts(finding)


def test_joined_messages_keep_every_sentence() -> None:
    """Two messages of one code are joined with « ; », their parts one after the other."""
    from juryapp.rules.findings import Findings

    findings = Findings()
    findings.add(Code.JUSTIFICATION_MISSING, MESSAGES["ccp_failed_without_reason"], {"ccp": "CCP1"})
    findings.add(Code.JUSTIFICATION_MISSING, MESSAGES["title_refused_without_reason"])
    findings.add(Code.JUSTIFICATION_MISSING, MESSAGES["ccp_failed_without_reason"], {"ccp": "CCP1"})  # once
    (finding,), () = findings.split()
    assert (
        finding.message == "CCP1 déclaré non acquis sans motivation écrite ; Titre non attribué sans motivation écrite"
    )
    assert len(finding.parts) == 2
    assert_made_of_its_parts(finding)


def test_pieces_are_written_as_the_french_always_was() -> None:
    listing = Listing(("C2", "C3", "C4", "C5", "C6", Phrase(WORDS["others"], {"count": 12})))
    assert render("{x}", {"x": listing}) == "C2, C3, C4, C5, C6 et 12 autres"
    for items in ((), ("CCP1",), ("CCP1", "CCP2"), ("A", "B", "C")):
        assert render("{x}", {"x": Listing(items)}) == fr_list(list(items))
    assert render("{x}", {"x": Phrase(WORDS["ccp_result"], {"ccp": "CCP2"}, capital=True)}) == "Le résultat du CCP2"
    # A value is never read as a template, and a label without values is not formatted.
    assert render(MESSAGES["title_already_held"], {"title": "{x}"}) == "Le candidat détient déjà le titre {x}"
    assert render("{a}", {"a": Phrase("{odd}")}) == "{odd}"
