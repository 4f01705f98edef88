"""The jury workspace's data (schema 6): marks and dated observations in the grid, the interview's
timer record, drafts; kept in the file, exported and imported back, chained by the ledger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from juryapp.cli import main
from juryapp.errors import BadInput
from juryapp.model import ObservationEntry
from juryapp.operations import files, integrity
from juryapp.storage.store import SessionStore


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


ENTRIES = (
    ObservationEntry("2026-12-07T09:40:00", "Mme Martin", "Plan d'action clair."),
    ObservationEntry("2026-12-07T10:05:00", "M. Bernard", "Relance client hésitante."),
)


def test_marks_entries_and_the_timer_are_kept_exported_and_imported_back(demo: Path, tmp_path: Path) -> None:
    with SessionStore.open(demo) as store:
        ref = store.snapshot().candidates[0].ref
        store.record_evaluation(
            ref,
            "CP1",
            "mise_en_situation",
            "Plan d'action clair.\nRelance client hésitante.",
            mark="en_cours",
            entries=ENTRIES,
        )
        store.record_final_interview(
            ref,
            dt.date(2026, 12, 8),
            ["J1", "J2"],
            "Projet cohérent.",
            started_at="2026-12-08T14:00:00",
            ended_at="2026-12-08T14:21:30",
            duration_seconds=1230,
        )
        data = store.snapshot()
    cell = next(e for e in data.evaluations if (e.candidate, e.competency) == (ref, "CP1"))
    assert (cell.mark, cell.entries) == ("en_cours", ENTRIES)
    interview = next(f for f in data.final_interviews if f.candidate == ref)
    assert (interview.started_at, interview.ended_at, interview.duration_seconds) == (
        "2026-12-08T14:00:00",
        "2026-12-08T14:21:30",
        1230,
    )
    assert integrity.check_file(demo).sound

    with SessionStore.open(demo, write=False) as store:
        document = files.session_document(store)
    exported = next(e for e in document["evaluations"] if (e["candidate"], e["competency"]) == (ref, "CP1"))
    assert exported["mark"] == "en_cours" and exported["entries"][1]["by"] == "M. Bernard"
    timed = next(f for f in document["final_interviews"] if f["candidate"] == ref)
    assert timed["duration_seconds"] == 1230
    copy = tmp_path / "copie.jury"
    files.import_session_document(document, copy)
    with SessionStore.open(copy, write=False) as store:
        assert files.session_document(store)["evaluations"] == document["evaluations"]
        assert files.session_document(store)["final_interviews"] == document["final_interviews"]


def test_cells_without_marks_export_as_before(demo: Path) -> None:
    """A file written before marks keeps the same document: a seal made then still verifies."""
    with SessionStore.open(demo, write=False) as store:
        document = files.session_document(store)
    assert all(set(e) == {"candidate", "competency", "assessment", "observation"} for e in document["evaluations"])
    assert all("started_at" not in f for f in document["final_interviews"])


def test_an_interview_ending_before_it_starts_is_refused(demo: Path, tmp_path: Path) -> None:
    with SessionStore.open(demo, write=False) as store:
        document = files.session_document(store)
    document["final_interviews"][0].update(started_at="2026-12-08T14:00:00", ended_at="2026-12-08T13:00:00")
    with pytest.raises(BadInput, match="avant d'avoir commencé"):
        files.import_session_document(document, tmp_path / "refus.jury")
    document["final_interviews"][0]["ended_at"] = "14h20"
    with pytest.raises(BadInput, match="horaire invalide"):
        files.import_session_document(document, tmp_path / "refus.jury")
    assert not (tmp_path / "refus.jury").exists()


def test_drafts_are_kept_replaced_and_discarded_outside_the_sessions_state(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        before = files.session_document(store)
        store.save_draft("ccp_decision:C03:CCP2", {"decision": "non_acquis", "justification": ""}, candidate="C03")
        store.save_draft("ccp_decision:C03:CCP2", {"decision": "non_acquis", "justification": "Argu"}, candidate="C03")
        store.save_draft("interview:C05", {"notes": "…"}, candidate="C05")
        drafts = store.drafts("C03")
        assert list(drafts) == ["ccp_decision:C03:CCP2"]
        assert drafts["ccp_decision:C03:CCP2"].content == {"decision": "non_acquis", "justification": "Argu"}
        assert files.session_document(store) == before  # a draft decides nothing
        assert store.discard_draft("interview:C05") and not store.discard_draft("interview:C05")
    with SessionStore.open(demo, write=False) as store:  # kept across closing the file
        assert set(store.drafts()) == {"ccp_decision:C03:CCP2"}
    assert integrity.check_file(demo).sound


def test_replacing_a_cells_whole_text_keeps_its_mark(demo: Path) -> None:
    from juryapp import operations as ops

    with SessionStore.open(demo) as store:
        store.record_evaluation("C01", "CP1", "mise_en_situation", "Avant.", mark="acquis", entries=ENTRIES[:1])
        ops.record_observation(store, "C01", "CP1", "mise_en_situation", "Texte repris.", actor="Mme Martin")
        cell = store.current_record("evaluations", ("C01", "CP1", "mise_en_situation"))
    assert (cell.observation, cell.mark, cell.entries) == ("Texte repris.", "acquis", ())
