"""The grid's operations: a mark per competency and épreuve, dated observations, their history,
their export, and the fiche individuelle that quotes them. Marks inform; they never decide."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import DEMO_ACTOR, sign_off_demo

from juryapp import operations
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.errors import BadInput, SessionLocked
from juryapp.model import Evaluation, ObservationEntry
from juryapp.operations import grid
from juryapp.operations.files import session_document
from juryapp.rules import evaluate_session
from juryapp.storage.store import SessionStore

MSP = "mise_en_situation"


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "s.jury"
    import_session_document(demo_session_document("titre"), path)
    opened = SessionStore.open(path)
    yield opened
    opened.close()


def _cell(store: SessionStore, candidate: str, competency: str, assessment: str = MSP) -> Evaluation | None:
    return store.current_record("evaluations", (candidate, competency, assessment))


def _versions(store: SessionStore, candidate: str, competency: str, assessment: str = MSP):
    return [
        r for r in store.history(candidate) if r.table == "evaluations" and r.key == (candidate, competency, assessment)
    ]


def test_a_mark_is_recorded_and_keeps_the_observations(store):
    grid.add_observation(store, "C10", "CP2", MSP, "Plan d'actions chiffré.", actor="Claire")
    change = grid.set_mark(store, "C10", "CP2", MSP, "en_cours", actor="Marc")
    assert change.table == "evaluations" and change.candidates == ("C10",)
    cell = _cell(store, "C10", "CP2")
    assert cell is not None and cell.mark == "en_cours"
    assert [(e.by, e.text) for e in cell.entries] == [("Claire", "Plan d'actions chiffré.")]
    assert cell.observation == "Plan d'actions chiffré."


def test_each_observation_is_its_own_dated_entry_and_keeps_the_mark(store):
    grid.set_mark(store, "C10", "CP2", MSP, "acquis", actor="Claire")
    grid.add_observation(store, "C10", "CP2", MSP, "Objectifs chiffrés.", actor="Claire")
    grid.add_observation(store, "C10", "CP2", MSP, "  Calendrier réaliste.\nRessources listées.  ", actor="Marc")
    cell = _cell(store, "C10", "CP2")
    assert cell is not None and cell.mark == "acquis"
    assert [(e.by, e.text) for e in cell.entries] == [
        ("Claire", "Objectifs chiffrés."),
        ("Marc", "Calendrier réaliste.\nRessources listées."),
    ]
    first, second = cell.entries
    assert first.at < second.at and first.at.startswith("2026-12-09T09:")  # the session's clock
    # never appended to the previous text: the cell's text is the entries joined by a blank line
    assert cell.observation == "Objectifs chiffrés.\n\nCalendrier réaliste.\nRessources listées."


def test_an_observation_written_before_entries_becomes_the_first_entry(store):
    legacy = _cell(store, "C01", "CP1")
    assert legacy is not None and legacy.entries == ()  # the demo's observations are plain text
    recorded = _versions(store, "C01", "CP1")[-1]
    grid.add_observation(store, "C01", "CP1", MSP, "Sources datées.", actor="Claire")
    cell = _cell(store, "C01", "CP1")
    assert cell is not None
    assert cell.entries[0] == ObservationEntry(recorded.recorded_at, recorded.recorded_by, legacy.observation)
    assert cell.entries[1].text == "Sources datées."
    assert cell.observation == f"{legacy.observation}\n\nSources datées."


def test_every_version_stays_in_the_history(store):
    grid.set_mark(store, "C10", "CP1", MSP, "non_evalue", actor="Claire")
    grid.set_mark(store, "C10", "CP1", MSP, "acquis", actor="Claire")
    grid.add_observation(store, "C10", "CP1", MSP, "Veille outillée.", actor="Claire")
    versions = _versions(store, "C10", "CP1")
    assert [v.values["mark"] for v in versions] == ["non_evalue", "acquis", "acquis"]
    assert [v.current for v in versions] == [False, False, True]
    same = grid.set_mark(store, "C10", "CP1", MSP, "acquis", actor="Claire")
    assert same.table is None and len(_versions(store, "C10", "CP1")) == 3  # nothing new to write


def test_taking_the_mark_away_keeps_the_entries_or_withdraws_an_empty_cell(store):
    grid.set_mark(store, "C10", "CP3", MSP, "non_acquis", actor="Claire")
    grid.set_mark(store, "C10", "CP3", MSP, "", actor="Claire")
    assert _cell(store, "C10", "CP3") is None  # nothing left in the cell
    assert len(_versions(store, "C10", "CP3")) == 1  # its version is kept, no longer current
    grid.add_observation(store, "C10", "CP4", MSP, "Indicateurs suivis.", actor="Claire")
    grid.set_mark(store, "C10", "CP4", MSP, "acquis", actor="Claire")
    grid.set_mark(store, "C10", "CP4", MSP, "", actor="Claire")
    cell = _cell(store, "C10", "CP4")
    assert cell is not None and cell.mark == "" and cell.observation == "Indicateurs suivis."


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: grid.set_mark(s, "C10", "CP1", MSP, "excellent", actor="x"), "marque « excellent » inconnue"),
        (lambda s: grid.set_mark(s, "C10", "CP42", MSP, "acquis", actor="x"), "ni une compétence ni un CCP"),
        (lambda s: grid.set_mark(s, "C10", "CP1", "oral_surprise", "acquis", actor="x"), "épreuve « oral_surprise »"),
        (lambda s: grid.set_mark(s, "C99", "CP1", MSP, "acquis", actor="x"), "candidat « C99 » inconnu"),
        (lambda s: grid.set_mark(s, "C06", "CP1", MSP, "acquis", actor="x"), "non présent"),
        (lambda s: grid.add_observation(s, "C10", "CP1", MSP, "   ", actor="x"), "observation vide"),
        (lambda s: grid.add_observation(s, "C10", "CP1", MSP, "Bien\x07", actor="x"), "U+0007"),
        (lambda s: grid.add_observation(s, "C10", "CP1", "projet_secret", "Bien", actor="x"), "inconnue"),
    ],
)
def test_refusals_say_why_in_french_and_write_nothing(store, call, message):
    before = store.history("C10")
    with pytest.raises(BadInput) as refused:
        call(store)
    assert message in refused.value.problem
    assert store.history("C10") == before


def test_after_sign_off_a_change_is_a_revocation_with_its_reason(store):
    sign_off_demo(store)
    with pytest.raises(SessionLocked):
        grid.set_mark(store, "C01", "CP1", MSP, "acquis", actor=DEMO_ACTOR)
    with pytest.raises(BadInput, match="deux jurés"):
        grid.set_mark(store, "C01", "CP1", MSP, "acquis", actor=DEMO_ACTOR, reason="Oubli")
    grid.set_mark(store, "C01", "CP1", MSP, "acquis", actor=DEMO_ACTOR, reason="Oubli", revoked_by=("J1", "J2"))
    grid.add_observation(
        store, "C01", "CP1", MSP, "Sources citées.", actor=DEMO_ACTOR, reason="Oubli", revoked_by=("J1", "J2")
    )
    cell = _cell(store, "C01", "CP1")
    assert cell is not None and cell.mark == "acquis" and cell.entries[-1].text == "Sources citées."
    versions = _versions(store, "C01", "CP1")
    assert [v.revocation_reason for v in versions[:-1]] == ["Oubli", "Oubli"]
    assert versions[-1].current and versions[-1].reason == "Oubli"


def test_marks_and_entries_go_through_the_export_and_back(store, tmp_path):
    grid.set_mark(store, "C10", "CP1", MSP, "acquis", actor="Claire")
    grid.add_observation(store, "C10", "CP1", MSP, "Veille outillée.", actor="Claire")
    grid.add_observation(store, "C10", "CP1", MSP, "Sources croisées.", actor="Marc")
    grid.set_mark(store, "C10", "CP2", MSP, "non_evalue", actor="Claire")
    document = session_document(store)
    cells = {(e["candidate"], e["competency"]): e for e in document["evaluations"]}
    assert cells[("C10", "CP1")]["mark"] == "acquis"
    assert [x["by"] for x in cells[("C10", "CP1")]["entries"]] == ["Claire", "Marc"]
    assert cells[("C10", "CP2")] == {
        "candidate": "C10",
        "competency": "CP2",
        "assessment": MSP,
        "observation": "",
        "mark": "non_evalue",
    }
    assert "mark" not in cells[("C02", "CP2")] and "entries" not in cells[("C02", "CP2")]  # written only when present
    again = tmp_path / "again.jury"
    import_session_document(document, again)
    with SessionStore.open(again) as reopened:
        assert set(reopened.snapshot().evaluations) == set(store.snapshot().evaluations)


def test_marks_never_change_an_outcome(store):
    """DOMAIN.md §4: the jury decides. Every mark at its harshest, or at its kindest, changes
    nothing the rules say about anyone."""
    referentiels = store.referentiels()
    before = evaluate_session(store.snapshot(), referentiels)
    title = referentiels[store.snapshot().session.title]
    present = [c.ref for c in store.snapshot().candidates if c.attendance == "present"]
    for ref in present:
        for code in sorted(title.competency_codes()):
            grid.set_mark(store, ref, code, MSP, "non_acquis", actor="Claire")
    harsh = store.snapshot()
    assert sum(1 for e in harsh.evaluations if e.mark == "non_acquis") == len(present) * len(title.competency_codes())
    assert evaluate_session(harsh, referentiels) == before
    kind = harsh.evolve(evaluations=tuple(dataclasses.replace(e, mark="acquis") for e in harsh.evaluations))
    bare = harsh.evolve(evaluations=tuple(dataclasses.replace(e, mark="") for e in harsh.evaluations))
    assert evaluate_session(kind, referentiels) == before == evaluate_session(bare, referentiels)
    assert operations.sign_off_needs(store) is not None  # the sign-off reads no mark either


def test_the_glance_line_shows_each_competency_once():
    evaluations = [
        Evaluation("C1", "CP1", MSP, "", "acquis"),
        Evaluation("C1", "CP1", "entretien_technique", "", "en_cours"),
        Evaluation("C1", "CP3", MSP, "", "non_acquis"),
        Evaluation("C1", "CP4", MSP, "", "non_evalue"),
        Evaluation("C2", "CP2", MSP, "", "acquis"),
    ]
    marks = grid.ccp_marks(evaluations, "C1", ["CP1", "CP2", "CP3", "CP4"], [MSP, "entretien_technique"])
    assert grid.glance_text(marks) == "CP1 ✔◐  CP2 –  CP3 ✘  CP4 ○"
    assert grid.glance_text(marks, words=True) == (
        "CP1 ✔ acquis / ◐ en cours d'acquisition · CP2 – sans marque · CP3 ✘ non acquis · CP4 ○ non évalué"
    )


def test_the_fiche_individuelle_quotes_marks_and_observations(store):
    from test_documents_content import PRINTED, SETTINGS, text_of

    from juryapp.documents import content
    from juryapp.session_view import read_session

    grid.set_mark(store, "C02", "CP1", MSP, "acquis", actor="Claire Fontaine-Dumas")
    grid.set_mark(store, "C02", "CP2", MSP, "en_cours", actor="Claire Fontaine-Dumas")
    grid.add_observation(store, "C02", "CP2", MSP, "Objectifs chiffrés.", actor="Claire Fontaine-Dumas")
    view = read_session(store)
    fiche = content.fiche_resultats(view, "C02", True, SETTINGS, PRINTED)
    ccp1 = next(line for line in fiche.ccp_results if line.code == "CCP1")
    assert ccp1.marks == "Compétences : CP1 acquis, CP2 en cours d'acquisition"
    first, second = ccp1.observations
    # the imported text came first: it is dated with the version that recorded it
    assert first.startswith("09/12/2026 à 09:") and "— CP2, mise en situation professionnelle : Plan d'actions" in first
    assert content.fiche_resultats(view, "C01", True, SETTINGS, PRINTED).ccp_results[0].observations[0] == (
        "CP1, mise en situation professionnelle : Veille structurée, sources variées et citées."
    )  # a text never edited in the grid has no entry: quoted undated
    assert second.startswith("09/12/2026 à 09:") and second.endswith(
        "Claire Fontaine-Dumas — CP2, mise en situation professionnelle : Objectifs chiffrés."
    )
    text = text_of(fiche)
    assert "Éléments d'évaluation notés par le jury" in text and "seules les décisions du jury font foi" in text
    assert "CP1 acquis, CP2 en cours d'acquisition" in text and "Objectifs chiffrés." in text
    # an absent candidate's fiche quotes nothing; a fiche without marks nor observations has no such part
    assert all(
        not line.marks and not line.observations
        for line in content.fiche_resultats(view, "C06", True, SETTINGS, PRINTED).ccp_results
    )
    assert "Éléments d'évaluation" not in text_of(content.fiche_resultats(view, "C10", True, SETTINGS, PRINTED))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"mark": "excellent"}, "mark"),
        ({"entries": [{"at": "hier", "by": "Claire", "text": "Bien."}]}, "evaluations[0].entries[0].at"),
    ],
)
def test_an_import_with_an_unknown_mark_or_an_undated_entry_is_refused(tmp_path, change, field):
    document = demo_session_document("titre")
    document["evaluations"][0].update(change)
    with pytest.raises(BadInput) as refused:
        import_session_document(document, tmp_path / "bad.jury")
    assert field in str(refused.value)
