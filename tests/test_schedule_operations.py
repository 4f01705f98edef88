"""The schedule planner's operations (juryapp.operations.schedule): rooms, a schedule saved only
when nothing blocks it (nothing written otherwise), « Planifier automatiquement », the summary,
and convocations printed from a proposed schedule through the real printing operation."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from juryapp.cli import import_session_document, main
from juryapp.demo import demo_session_document
from juryapp.documents.data import DRAFT_WATERMARK
from juryapp.errors import BadInput, SessionLocked
from juryapp.model import ScheduleEntry
from juryapp.operations import keys, printing, sessions
from juryapp.operations import schedule as planner
from juryapp.rules.schedule import PlanCode, Room, blocking, check_schedule
from juryapp.storage.store import SessionStore
from tests.conftest import sign_off_demo

ACTOR = "Secrétariat des Terreaux"
COLLECTIVE = {"mise_en_situation": 10, "questionnaire_professionnel": 10}
# The demo's rooms, open long enough for « Planifier automatiquement » to place every épreuve
# of its eight present candidates with its three jurors.
WIDE_ROOMS = [Room("Salle Rhône", dt.time(8, 0), dt.time(19, 0)), Room("Salle Saône", dt.time(8, 0), dt.time(19, 0))]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def store(demo: Path) -> Iterator[SessionStore]:
    with SessionStore.open(demo) as opened:
        yield opened


def _audit_count(store: SessionStore) -> int:
    return int(store.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def _refused_leaves_all(store: SessionStore, path: Path, act: Callable[[], object], error: type, match: str) -> None:
    """`act` raises `error` (its message matching `match`) and writes nothing: same file bytes,
    same state, no audit row."""
    before_bytes, before_state, before_audit = path.read_bytes(), store.snapshot(), _audit_count(store)
    before_rooms = store.rooms()
    with pytest.raises(error, match=match):
        act()
    assert path.read_bytes() == before_bytes
    assert store.snapshot() == before_state and store.rooms() == before_rooms
    assert _audit_count(store) == before_audit


def _moved(schedule: tuple[ScheduleEntry, ...], ref: str, kind: str, **changes: object) -> list[ScheduleEntry]:
    """The schedule with the entry of `ref` for the épreuve `kind` changed."""
    found = [i for i, e in enumerate(schedule) if (e.candidate, e.assessment) == (ref, kind)]
    assert len(found) == 1
    entries = list(schedule)
    entries[found[0]] = dataclasses.replace(entries[found[0]], **changes)  # type: ignore[arg-type]
    return entries


def _at(day: int, clock: str) -> dt.datetime:
    hours, minutes = map(int, clock.split(":"))
    return dt.datetime(2026, 12, day, hours, minutes)


def _text_of(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


# -- rooms ------------------------------------------------------------------------------------------


def test_rooms_default_to_those_the_schedule_names_then_the_declared_ones(store: SessionStore) -> None:
    assert store.rooms() == []
    assert planner.rooms(store) == [Room("Salle Rhône"), Room("Salle Saône")]
    change = planner.save_rooms(
        store,
        [Room(" Salle Rhône ", dt.time(8, 0), dt.time(19, 0)), Room("Salle Saône"), Room("Salle 3")],
        actor=ACTOR,
    )
    assert change.action == "save_rooms" and change.candidates == ()
    assert planner.rooms(store) == [
        Room("Salle Rhône", dt.time(8, 0), dt.time(19, 0)),
        Room("Salle Saône"),
        Room("Salle 3"),
    ]
    last = store.conn.execute("SELECT actor, action FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(last) == (ACTOR, "set_rooms")
    # The same rooms again: nothing to write.
    count = _audit_count(store)
    assert planner.save_rooms(store, planner.rooms(store)).details.get("unchanged")
    assert _audit_count(store) == count


@pytest.mark.parametrize(
    ("rooms", "match"),
    [
        ([Room("Salle Rhône"), Room("Salle Saône"), Room("   ")], "salle n° 3 : le nom de la salle est vide"),
        ([Room("Salle Rhône"), Room("Salle Saône"), Room("salle rhône")], "deux salles portent le nom « salle rhône »"),
        (
            [Room("Salle Rhône"), Room("Salle Saône", dt.time(18, 0), dt.time(8, 30))],
            r"salle « Salle Saône » : l'ouverture \(18 h 00\) doit précéder la fermeture \(8 h 30\)",
        ),
        ([Room("Salle Rhône"), Room("Salle Saône", dt.time(9, 0), dt.time(9, 0))], "doit précéder la fermeture"),
        ([Room("Salle Rhône"), Room("Salle Saône"), Room("Salle\n3")], "salle n° 3 : retour à la ligne interdit"),
        ([Room("Salle Rhône"), Room("Salle Saône"), Room("S" * 101)], "salle n° 3 : texte trop long"),
        # The saved schedule holds épreuves in both rooms: neither can go, nor close before them.
        ([Room("Salle Rhône")], "la salle « Salle Saône » ne serait plus déclarée, or 20 épreuves du planning s'y"),
        (
            [Room("Salle Rhône"), Room("Salle Saône", dt.time(8, 30), dt.time(17, 0))],
            r"6 épreuves du planning en salle « Salle Saône » sortiraient de ses horaires \(de 8 h 30 à 17 h 00\)",
        ),
    ],
)
def test_rooms_refused_write_nothing(store: SessionStore, demo: Path, rooms: list[Room], match: str) -> None:
    _refused_leaves_all(store, demo, lambda: planner.save_rooms(store, rooms, actor=ACTOR), BadInput, match)


# -- saving a schedule ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["titre", "ccp"])
def test_the_demo_schedules_have_no_blocking_problem(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.jury"
    assert main(["demo", str(path), "--kind", kind]) == 0
    with SessionStore.open(path, write=False) as opened:
        view = sessions.read(opened)
        assert blocking(planner.plan_problems(view, planner.rooms(opened))) == []


def test_a_candidate_in_two_places_at_once_is_refused(store: SessionStore, demo: Path) -> None:
    # C01's entretien technique moved into the morning, in the other room, with jurors free then.
    schedule = store.snapshot().schedule
    entries = _moved(
        schedule, "C01", "entretien_technique", start=_at(7, "09:00"), end=_at(7, "09:30"), jurors=("J3", "J2")
    )
    view = sessions.read(store)
    codes = {p.code for p in blocking(planner.plan_problems(view, planner.rooms(store), entries))}
    assert PlanCode.CANDIDATE_OVERLAP in codes
    _refused_leaves_all(
        store,
        demo,
        lambda: planner.save_schedule(store, entries, actor=ACTOR),
        BadInput,
        r"le planning n'est pas enregistré : .*DURAND Élodie \(C01\)",
    )


def test_a_juror_in_conflict_with_the_candidate_is_refused(store: SessionStore, demo: Path) -> None:
    # J3 trained C04 (the demo's conflict): J3 takes no part in C04's épreuves.
    entries = _moved(store.snapshot().schedule, "C04", "entretien_technique", jurors=("J1", "J3"))
    view = sessions.read(store)
    problems = blocking(planner.plan_problems(view, planner.rooms(store), entries))
    assert {PlanCode.JUROR_CONFLICT, PlanCode.TOO_FEW_JURORS} <= {p.code for p in problems}
    _refused_leaves_all(
        store,
        demo,
        lambda: planner.save_schedule(store, entries, actor=ACTOR),
        BadInput,
        r"Nadia Benhamou \(J3\) est en conflit avec N'DIAYE Jean-Marc \(C04\) .*déport.* il en faut au moins deux",
    )


def test_an_epreuve_beyond_its_rooms_hours_is_refused(store: SessionStore, demo: Path) -> None:
    # C05's entretien final pushed ten minutes past the closing of Salle Saône (18 h 00).
    entries = _moved(store.snapshot().schedule, "C05", "entretien_final", start=_at(7, "17:50"), end=_at(7, "18:10"))
    view = sessions.read(store)
    assert [p.code for p in blocking(planner.plan_problems(view, planner.rooms(store), entries))] == [
        PlanCode.OUTSIDE_ROOM_HOURS
    ]
    _refused_leaves_all(
        store,
        demo,
        lambda: planner.save_schedule(store, entries, actor=ACTOR),
        BadInput,
        "de 17 h 50 à 18 h 10 le 7 décembre 2026 : la salle « Salle Saône » est ouverte de 8 h 30 à 18 h 00",
    )


def test_a_time_not_on_a_whole_minute_is_refused(store: SessionStore, demo: Path) -> None:
    entries = _moved(store.snapshot().schedule, "C01", "entretien_final", end=_at(7, "14:20").replace(second=30))
    _refused_leaves_all(
        store,
        demo,
        lambda: planner.save_schedule(store, entries, actor=ACTOR),
        BadInput,
        "Entretien final de « C01 » : les horaires se donnent à la minute près",
    )


def test_entry_problems_say_what_one_placement_would_break(store: SessionStore) -> None:
    view = sessions.read(store)
    schedule = view.data.schedule
    index = schedule.index(next(e for e in schedule if (e.candidate, e.assessment) == ("C04", "entretien_final")))
    conflicted = dataclasses.replace(schedule[index], jurors=("J1", "J3"))
    problems = planner.entry_problems(view, planner.rooms(store), schedule, conflicted, replacing=index)
    assert PlanCode.JUROR_CONFLICT in {p.code for p in blocking(problems)}
    assert {p.entry for p in problems} == {index}
    assert blocking(planner.entry_problems(view, planner.rooms(store), schedule, schedule[index], index)) == []


def test_warnings_are_saved_and_the_change_names_the_candidates_whose_entries_changed(
    store: SessionStore, demo: Path
) -> None:
    schedule = store.snapshot().schedule
    # C01: no entretien final yet (a warning); C02: another jury for the entretien technique;
    # C10: every épreuve taken out; the others as they were, in another order.
    entries = [e for e in schedule if (e.candidate, e.assessment) != ("C01", "entretien_final")]
    entries = _moved(tuple(entries), "C02", "entretien_technique", jurors=("J1", "J2"))
    entries = [e for e in entries if e.candidate != "C10"][::-1]
    change = planner.save_schedule(store, entries, actor=ACTOR)
    assert change.action == "save_schedule"
    assert change.candidates == ("C01", "C02", "C10")
    assert change.details["issued"] == ()
    assert any(
        "DURAND Élodie (C01) n'a pas encore de créneau pour Entretien final" in w for w in change.details["warnings"]
    )
    assert sorted(store.snapshot().schedule, key=repr) == sorted(entries, key=repr)
    assert store.conn.execute("SELECT action FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0] == "set_schedule"
    # The same entries again, in any order, change nothing and write nothing.
    before = demo.read_bytes()
    again = planner.save_schedule(store, entries[::-1], actor=ACTOR)
    assert again.candidates == () and again.details.get("unchanged")
    assert demo.read_bytes() == before


def test_extra_time_is_a_warning_not_a_refusal(store: SessionStore) -> None:
    # C03's entretien final given 25 minutes instead of 20 (aménagement d'épreuve).
    entries = _moved(store.snapshot().schedule, "C03", "entretien_final", end=_at(7, "16:15"))
    change = planner.save_schedule(store, entries, actor=ACTOR)
    assert change.candidates == ("C03",)
    assert any("temps majoré" in w for w in change.details["warnings"])


# -- « Planifier automatiquement » --------------------------------------------------------------------


def test_propose_then_save_gives_a_clean_schedule(store: SessionStore, demo: Path) -> None:
    planner.save_rooms(store, WIDE_ROOMS, actor=ACTOR)
    view = sessions.read(store)
    before = demo.read_bytes()
    proposal = planner.propose_schedule(view, planner.rooms(store), collective=COLLECTIVE)
    assert demo.read_bytes() == before  # a proposal writes nothing
    assert proposal.unplaced == () and blocking(proposal.problems) == []
    change = planner.save_schedule(store, proposal.entries, actor=ACTOR)
    # Absent (C06) and excused (C08) candidates need no slot: their old entries are gone too.
    assert change.candidates == tuple(c.ref for c in view.data.candidates)
    saved = store.snapshot()
    assert sorted(saved.schedule, key=repr) == sorted(proposal.entries, key=repr)
    assert {e.candidate for e in saved.schedule} == {c.ref for c in saved.candidates if c.attendance == "present"}
    assert check_schedule(saved, store.referentiels(), planner.rooms(store)) == []
    summary = planner.schedule_summary(sessions.read(store), planner.rooms(store))
    assert len(summary) == len(saved.candidates)
    assert not any("à planifier" in line or "bloquant" in line for line in summary)


def test_propose_needs_a_room(store: SessionStore) -> None:
    with pytest.raises(BadInput, match="aucune salle déclarée"):
        planner.propose_schedule(sessions.read(store), [])


def test_a_proposed_schedule_prints_final_convocations(store: SessionStore, tmp_path: Path) -> None:
    keys.create_centre_key(reason="clé des tests")
    planner.save_rooms(store, WIDE_ROOMS, actor=ACTOR)
    proposal = planner.propose_schedule(sessions.read(store), planner.rooms(store), collective=COLLECTIVE)
    planner.save_schedule(store, proposal.entries, actor=ACTOR)
    scheduled = sorted({e.candidate for e in proposal.entries})
    assert scheduled == ["C01", "C02", "C03", "C04", "C05", "C07", "C09", "C10"]

    out = tmp_path / "out"
    printing.print_documents(store, out, actor=ACTOR)
    issued = store.issued_documents()
    assert sorted(d["candidate"] for d in issued if d["kind"] == "convocation") == scheduled
    assert [d["kind"] for d in issued if d["candidate"] is None] == ["emargement"]
    for ref in scheduled:
        text = _text_of(out / f"convocation-{ref}.pdf")
        assert DRAFT_WATERMARK not in text and "à fixer" not in text, ref
    first = next(e for e in sorted(proposal.entries, key=lambda e: e.start) if e.candidate == "C01")
    assert f"{first.start.hour} h {first.start.minute:02d}" in _text_of(out / "convocation-C01.pdf")
    assert DRAFT_WATERMARK not in _text_of(out / "emargement.pdf")
    # The absent candidate has no épreuve: no final convocation is issued for them.
    assert DRAFT_WATERMARK in _text_of(out / "convocation-C06.pdf")


def test_a_ccp_already_held_needs_no_slot_on_the_convocation(tmp_path: Path) -> None:
    """A session CCP on CCP1 and CCP2 for candidates who all hold CCP1 already: the planner and
    the convocation agree that CCP2 and the entretien final are all there is to schedule."""
    keys.create_centre_key(reason="clé des tests")
    document = demo_session_document("ccp")
    document["session"]["ccps"] = ["CCP1", "CCP2"]
    path = tmp_path / "ccp.jury"
    import_session_document(document, path)
    with SessionStore.open(path) as opened:
        view = sessions.read(opened)
        problems = planner.plan_problems(view, planner.rooms(opened))
        assert [p for p in problems if p.candidate == "K01"] == []
        assert (
            "K01 — GAUTHIER Marion : mise en situation professionnelle (CCP2)"
            in planner.schedule_summary(view, planner.rooms(opened))[0]
        )
        printing.print_documents(opened, tmp_path / "out", actor=ACTOR)
        text = _text_of(tmp_path / "out" / "convocation-K01.pdf")
        assert DRAFT_WATERMARK not in text and "à fixer" not in text
        assert "convocation" in {d["kind"] for d in opened.issued_documents() if d["candidate"] == "K01"}


# -- the summary ------------------------------------------------------------------------------------


def test_the_summary_says_each_candidates_epreuves_and_what_is_missing(store: SessionStore) -> None:
    lines = planner.schedule_summary(sessions.read(store), planner.rooms(store))
    assert lines[0].startswith(
        "C01 — DURAND Élodie : mise en situation professionnelle lundi 7 décembre 2026 8 h 30–11 h 00, "
        "Salle Rhône, jurés J1 J2 ; questionnaire professionnel lundi 7 décembre 2026 11 h 15–12 h 15"
    )
    assert lines[5].startswith("C06 — CHÂTELAIN Thérèse : absence ; ")
    assert lines[7].startswith("C08 — LEMAÎTRE Zoé : absence excusée ; ")

    entries = [e for e in store.snapshot().schedule if (e.candidate, e.assessment) != ("C01", "entretien_final")]
    entries = [e for e in entries if e.candidate != "C02"]
    planner.save_schedule(store, entries, actor=ACTOR)
    lines = planner.schedule_summary(sessions.read(store), planner.rooms(store))
    assert lines[0].endswith("; à planifier : entretien final (20 min)")
    assert lines[1] == (
        "C02 — BENALI Karim : aucune épreuve planifiée ; à planifier : mise en situation professionnelle (2 h 30), "
        "entretien technique (30 min), questionnaire professionnel (1 h), entretien final (20 min)"
    )
    # In rooms that do not fit the schedule, each candidate's blocking problems are counted.
    rooms = [Room("Salle Rhône"), Room("Salle Saône", closes=dt.time(15, 50))]
    narrow = planner.schedule_summary(sessions.read(store), rooms)
    assert "bloquant" not in narrow[0]
    assert narrow[2].endswith("; 1 problème bloquant")  # C03's entretien final, 15 h 50–16 h 10
    assert narrow[3].endswith("; 2 problèmes bloquants")  # C04's two, from 16 h 15


# -- after sign-off ---------------------------------------------------------------------------------


def test_rooms_and_schedule_are_refused_once_signed_off(store: SessionStore, demo: Path) -> None:
    sign_off_demo(store)
    schedule = store.snapshot().schedule
    _refused_leaves_all(
        store,
        demo,
        lambda: planner.save_schedule(store, schedule[:-1], actor=ACTOR),
        SessionLocked,
        "la session est close : le planning ne se modifie plus",
    )
    _refused_leaves_all(
        store,
        demo,
        lambda: planner.save_rooms(store, WIDE_ROOMS, actor=ACTOR),
        SessionLocked,
        "la session est close : les salles ne se modifient plus",
    )
    # Below the operations, the file's own triggers refuse as well.
    with pytest.raises(SessionLocked):
        store.set_schedule(schedule[:-1], actor=ACTOR)
