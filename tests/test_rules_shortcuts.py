"""What the rules work out once per session stands for what they would work out for each candidate:
the jury of a candidate no juror is in conflict with, and the duplicates found by folded names."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from juryapp.demo import demo_session_document
from juryapp.exchange.session_doc import parse_session
from juryapp.model import Candidate, Conflict, Juror
from juryapp.rules.checks import SessionFacts, _duplicates, jury_of
from juryapp.rules.holdings import identity
from juryapp.storage.library import ReferentielLibrary

EXAMPLES = Path(__file__).parent / "data" / "examples"
SESSIONS = sorted(p for p in EXAMPLES.glob("*.json") if not p.name.endswith(".expect.json"))


def imported(document: dict):
    return parse_session(document, ReferentielLibrary())


@pytest.mark.parametrize("path", SESSIONS, ids=lambda p: p.stem)
def test_each_candidate_has_the_jury_jury_of_gives(path: Path) -> None:
    session = imported(json.loads(path.read_text(encoding="utf-8")))
    facts = SessionFacts.of(session.data, session.referentiels)
    for candidate in session.data.candidates:
        assert facts.jury(candidate.ref) == jury_of(session.data, candidate.ref)


def test_conflicts_and_habilitations_change_the_jury_of_those_they_concern() -> None:
    session = imported(demo_session_document("titre"))
    data = session.data
    refs = [c.ref for c in data.candidates]
    jurors = list(data.jurors)
    jurors[0] = Juror(
        jurors[0].ref,
        jurors[0].last_name,
        jurors[0].first_name,
        jurors[0].habilitation_until,
        (Conflict(refs[1], "famille"), Conflict(refs[2], "employeur", "Chef d'équipe")),
    )
    jurors[1] = Juror(jurors[1].ref, jurors[1].last_name, jurors[1].first_name, dt.date(2000, 1, 1))
    data = data.evolve(jurors=tuple(jurors))
    facts = SessionFacts.of(data, session.referentiels)
    assert {refs[1], refs[2]} <= facts.conflicted < set(refs)
    for ref in refs:
        assert facts.jury(ref) == jury_of(data, ref)
    assert [j.ref for j in facts.jury(refs[0])[0]] != [j.ref for j in facts.jury(refs[1])[0]]


def reference_duplicates(candidates: tuple[Candidate, ...]) -> dict[str, list[str]]:
    """Each candidate whose identity (`identity`) another shares -> the others, in the session's order."""
    by_identity: dict[tuple, list[str]] = {}
    for candidate in candidates:
        by_identity.setdefault(identity(candidate), []).append(candidate.ref)
    return {ref: [o for o in refs if o != ref] for refs in by_identity.values() if len(refs) > 1 for ref in refs}


def test_duplicates_are_those_of_the_same_identity() -> None:
    session = imported(demo_session_document("titre"))
    model = session.data.candidates[0]
    names = [
        ("Durand", "Élodie", dt.date(1990, 1, 10)),
        ("DURAND", "elodie", dt.date(1990, 1, 10)),
        ("Du-rand", "Élo die", dt.date(1990, 1, 10)),
        ("Durand", "Élodie", dt.date(1990, 1, 11)),
        ("Durant", "Élodie", dt.date(1990, 1, 10)),
        ("Lætitia", "Œuvre", dt.date(1985, 5, 5)),
        ("Laetitia", "oeuvre", dt.date(1985, 5, 5)),
        ("Lefèvre", "Anaïs", None),
        ("Lefevre", "Anais", None),
        ("Lefèvre", "Anaïs", dt.date(1991, 2, 3)),
    ]
    candidates = tuple(
        Candidate(
            f"C{i}",
            last,
            first,
            birth,
            model.birth_place,
            model.pathway,
            model.from_training,
            model.vae_admissibility_date,
            model.experience_months,
            model.professional_dossier,
            dict(model.ecf),
            (),
            (),
            "present",
        )
        for i, (last, first, birth) in enumerate(names)
    )
    found = _duplicates(candidates)
    assert found == reference_duplicates(candidates)
    assert found["C0"] == ["C1", "C2"]
    assert found["C5"] == ["C6"] and found["C7"] == ["C8"]
    assert "C3" not in found and "C4" not in found and "C9" not in found
