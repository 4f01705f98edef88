"""The centre archive (issue 11 point 5): one SQLite file of the centre's keeping every session
taken back, its people and what they hold, hand-offs' documents, and a retention purge."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from conftest import load_example, make_read_only

from juryapp.errors import BadInput, JuryError
from juryapp.model import Certificate, Correspondence, HeldTitle, PriorCcp, Referentiel, SignOff
from juryapp.settings import Settings
from juryapp.storage import archive_schema
from juryapp.storage.archive import (
    ARCHIVE_FILE_NAME,
    CentreArchive,
    TakenBackCandidate,
    TakenBackSession,
    default_archive_path,
)
from juryapp.storage.core import ReadOnlyFile
from juryapp.storage.lock import FileBusy, lock_path

POSIX = sys.platform != "win32"
TODAY = dt.date(2026, 12, 9)


def person(ref: str, last: str, first: str, born: str | None, **more) -> TakenBackCandidate:
    return TakenBackCandidate(
        ref=ref,
        last_name=last,
        first_name=first,
        birth_date=dt.date.fromisoformat(born) if born else None,
        birth_place=more.pop("birth_place", "Lyon (69)"),
        **more,
    )


def session(
    ref: str = "2026-NTC-042",
    *people: TakenBackCandidate,
    title: str = "RNCP39063",
    end: str = "2026-12-08",
    signed: str | None = "2026-12-08T17:30:00",
) -> TakenBackSession:
    last_day = dt.date.fromisoformat(end)
    return TakenBackSession(
        ref=ref,
        title=title,
        kind="titre",
        centre="Centre de test",
        place="Villeurbanne",
        start=last_day - dt.timedelta(days=1),
        end=last_day,
        signed_off_at=signed,
        candidates=people,
    )


def document(taken: TakenBackSession, note: str = "") -> dict:
    """A session document (EXCHANGE.md §2, the parts the archive reads plus the people)."""
    return {
        "format": "juryapp.session/1",
        "session": {
            "ref": taken.ref,
            "title": taken.title,
            "kind": taken.kind,
            "centre": taken.centre,
            "place": taken.place,
            "start": taken.start.isoformat(),
            "end": taken.end.isoformat(),
        },
        "candidates": [
            {"ref": p.ref, "last_name": p.last_name, "first_name": p.first_name, "birth_place": p.birth_place}
            for p in taken.candidates
        ],
        "note": note,
    }


def referentiel(code: str, until: str, status: str = "active", **more) -> Referentiel:
    return Referentiel(
        code=code,
        tp_code="TP-99999",
        name=f"Titre {code}",
        level=5,
        nsf="312t",
        valid_from=dt.date(2019, 6, 10),
        valid_until=dt.date.fromisoformat(until),
        status=status,
        successor=more.pop("successor", None),
        verified=True,
        ccps=(Certificate("CCP1", "Premier bloc"), Certificate("CCP2", "Second bloc")),
        **more,
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / ARCHIVE_FILE_NAME


@pytest.fixture
def archive(path: Path):
    with CentreArchive.open(path) as opened:
        yield opened


# -- the file ---------------------------------------------------------------------------------


def test_create_open_reopen(path: Path) -> None:
    with CentreArchive.open(path) as archive:
        assert not archive.read_only
        assert lock_path(path).exists()
        taken = session("S1", person("C1", "Durand", "Élodie", "1990-01-10", ccps_obtained=("CCP1",)))
        archive.take_back(None, taken, document(taken), by="secrétariat")
    assert not lock_path(path).exists()  # released on close, nothing left beside the file
    with CentreArchive.open(path, write=False) as archive:
        assert archive.read_only
        assert [s.ref for s in archive.sessions()] == ["S1"]
        assert archive.sessions()[0].taken_back_by == "secrétariat"
        assert archive.find_person("Durand", "Élodie", dt.date(1990, 1, 10))[0].holdings[0].ccp == "CCP1"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == archive_schema.schema_version()
    assert conn.execute("PRAGMA application_id").fetchone()[0] == archive_schema.ARCHIVE_APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.skipif(not POSIX, reason="owner-only modes are POSIX")
def test_the_archive_is_owner_only(path: Path) -> None:
    previous = os.umask(0)  # the mode does not depend on the umask
    try:
        CentreArchive.open(path).close()
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o600


def test_default_path_is_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "données" / "juryapp"
    monkeypatch.setenv("JURYAPP_DATA_DIR", str(folder))
    target = default_archive_path()
    assert target == folder / ARCHIVE_FILE_NAME
    CentreArchive.open(target).close()  # the user data folder is made when missing
    assert target.is_file()
    if POSIX:
        assert folder.stat().st_mode & 0o777 == 0o700


def test_a_folder_the_centre_chose(tmp_path: Path) -> None:
    chosen = tmp_path / "partage"
    settings = Settings({"archive_dir": str(chosen)}, path=tmp_path / "settings.json")
    target = default_archive_path(settings)
    assert target == chosen / ARCHIVE_FILE_NAME
    with pytest.raises(BadInput, match="n'existe pas"):  # an unmounted share is not silently re-created
        CentreArchive.open(target)
    assert not chosen.exists()
    chosen.mkdir()
    CentreArchive.open(target).close()
    assert target.is_file()


def test_a_newer_schema_is_refused_in_french(path: Path) -> None:
    CentreArchive.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    for write in (True, False):
        with pytest.raises(BadInput, match="version plus récente de juryapp.*schéma 99") as caught:
            CentreArchive.open(path, write=write)
        assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert not lock_path(path).exists()


def test_what_is_not_an_archive_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("pas une base de données " * 20, encoding="utf-8")
    with pytest.raises(BadInput, match="pas une archive"):
        CentreArchive.open(text)
    other = tmp_path / "autre.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(BadInput, match="pas une archive"):
        CentreArchive.open(other, write=False)
    with pytest.raises(BadInput, match="introuvable"):
        CentreArchive.open(tmp_path / "absente.sqlite", write=False)
    assert not (tmp_path / "absente.sqlite").exists()


def test_a_second_writer_is_refused_while_the_first_is_open(path: Path) -> None:
    first = CentreArchive.open(path)
    try:
        with pytest.raises(FileBusy, match="ouvert en écriture"):
            CentreArchive.open(path)
        with CentreArchive.open(path, write=False) as reader:  # reading stays possible
            assert reader.sessions() == []
    finally:
        first.close()
    CentreArchive.open(path).close()


def test_a_consultation_refuses_every_change(path: Path) -> None:
    CentreArchive.open(path).close()
    before = path.read_bytes()
    taken = session("S1", person("C1", "Durand", "Élodie", "1990-01-10"))
    with CentreArchive.open(path, write=False) as archive:
        with pytest.raises(ReadOnlyFile, match="lecture seule.*rien n'a été enregistré"):
            archive.take_back(None, taken, document(taken))
        with pytest.raises(ReadOnlyFile):
            archive.purge(today=TODAY)
    assert path.read_bytes() == before


def test_a_read_only_file_opens_read_only(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with CentreArchive.open(path) as archive:
        taken = session("S1", person("C1", "Durand", "Élodie", "1990-01-10", ccps_obtained=("CCP1",)))
        archive.take_back(None, taken, document(taken))
    make_read_only(path, monkeypatch)
    before = path.read_bytes()
    with CentreArchive.open(path) as archive:  # asked for writing: opened read-only, and says why
        assert archive.read_only_reason == "fichier en lecture seule"
        assert len(archive.find_person("DURAND", "elodie")) == 1
        with pytest.raises(ReadOnlyFile, match=f"{path.name}.*fichier en lecture seule"):
            archive.record_handoff("H9", "S1", document(taken))
    assert path.read_bytes() == before
    assert not lock_path(path).exists()


def test_a_full_disk_loses_nothing(archive: CentreArchive, path: Path) -> None:
    first = session("S1", person("C1", "Durand", "Élodie", "1990-01-10", ccps_obtained=("CCP1",)))
    archive.take_back(None, first, document(first))
    pages = archive.conn.execute("PRAGMA page_count").fetchone()[0]
    archive.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on
    big = session("S2", *(person(f"C{i}", f"Nom{i}", "Prénom", "1990-01-10") for i in range(300)))
    with pytest.raises(JuryError, match="plus de place sur le disque : rien n'a été enregistré") as caught:
        archive.take_back(None, big, document(big, note="x" * 100_000))
    assert str(path) in str(caught.value)
    assert not archive.conn.in_transaction
    assert [s.ref for s in archive.sessions()] == ["S1"]
    assert len(archive.find_person("Durand", "Élodie")) == 1
    assert [a[2] for a in archive.audit_trail()] == ["reprise"]


def test_an_older_schema_is_migrated_after_a_backup(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with CentreArchive.open(path) as archive:
        taken = session("S1", person("C1", "Durand", "Élodie", "1990-01-10"))
        archive.take_back(None, taken, document(taken))

    def add_notes(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE sessions ADD COLUMN notes TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(archive_schema, "MIGRATIONS", [*archive_schema.MIGRATIONS, add_notes])
    with pytest.raises(BadInput, match="plus ancien"):  # read-only: never migrated in place
        CentreArchive.open(path, write=False)
    with CentreArchive.open(path) as archive:
        assert [s.ref for s in archive.sessions()] == ["S1"]
        assert archive.conn.execute("SELECT notes FROM sessions").fetchone()[0] == ""
    backup = path.with_name(f"{path.name}.avant-migration-schema-1")
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1
    if POSIX:
        assert backup.stat().st_mode & 0o777 == 0o600
    monkeypatch.undo()
    with pytest.raises(BadInput, match="schéma 2"):
        CentreArchive.open(path)


# -- finding people ---------------------------------------------------------------------------


def test_find_person_ignores_accents_case_spaces_and_knows_the_usage_name(archive: CentreArchive) -> None:
    old = session(
        "2024-NTC-007",
        person("C1", "Le Bœuf-Hélène", "Zoé Marie", "1994-03-02", ccps_obtained=("CCP1",), usage_name="Martin"),
        title="RNCP34079",
        end="2024-05-30",
        signed="2024-05-31T17:00:00",
    )
    archive.take_back(None, old, document(old))
    later = session(
        "2026-NTC-042",
        person(
            "C7",
            "LE BOEUF HELENE",
            "zoe-marie",
            "1994-03-02",
            ccps_obtained=("CCP2",),
            prior_ccps=(PriorCcp("RNCP34079", "CCP1", dt.date(2024, 5, 31), "2024-NTC-007"),),
        ),
        person("C8", "Le Boeuf Hélène", "Zoé Marie", "2001-07-14"),  # a namesake: another person
    )
    archive.take_back(None, later, document(later))

    found = archive.find_person("le bœuf hélène", "ZOÉ MARIE", dt.date(1994, 3, 2))
    assert len(found) == 1
    zoe = found[0]
    assert (zoe.last_name, zoe.first_name, zoe.birth_place) == ("LE BOEUF HELENE", "zoe-marie", "Lyon (69)")
    assert zoe.sessions == ("2024-NTC-007", "2026-NTC-042")
    held = {(h.title, h.ccp): h for h in zoe.holdings}
    # CCP1 was obtained here in 2024 and declared again in 2026: it is shown once, as obtained.
    assert held[("RNCP34079", "CCP1")].session_ref == "2024-NTC-007"
    assert held[("RNCP34079", "CCP1")].obtained_on == dt.date(2024, 5, 31)
    assert held[("RNCP34079", "CCP1")].session_date == dt.date(2024, 5, 30)
    assert held[("RNCP34079", "CCP1")].session_place == "Villeurbanne"
    assert not held[("RNCP34079", "CCP1")].declared
    assert held[("RNCP39063", "CCP2")].obtained_on == dt.date(2026, 12, 8)

    assert len(archive.find_person("MARTIN", "zoé marie", dt.date(1994, 3, 2))) == 1  # nom d'usage
    assert [p.birth_date for p in archive.find_person("LeBoeufHelene", "ZoeMarie")] == [
        dt.date(1994, 3, 2),
        dt.date(2001, 7, 14),
    ]
    assert archive.find_person("Le Boeuf Hélène", "Zoé", dt.date(1994, 3, 2)) == []
    assert archive.find_person("Le Boeuf Hélène", "Zoé Marie", dt.date(1994, 3, 3)) == []
    assert archive.find_person("", "Zoé Marie") == []


def test_declared_holdings_are_kept_and_flagged(archive: CentreArchive) -> None:
    taken = session(
        "S1",
        person(
            "C1",
            "Durand",
            "Élodie",
            "1990-01-10",
            prior_ccps=(PriorCcp("RNCP34079", "CCP2", dt.date(2023, 6, 15), "Lyon, 15/06/2023"),),
            held_titles=(HeldTitle("RNCP11111", dt.date(2015, 6, 1)), HeldTitle("RNCP11111", None, "CCS1")),
        ),
    )
    archive.take_back(None, taken, document(taken))
    elodie = archive.find_person("Durand", "Elodie")[0]
    assert [(h.title, h.ccp, h.declared, h.origin) for h in elodie.holdings] == [
        ("RNCP34079", "CCP2", True, "Lyon, 15/06/2023")
    ]
    assert [(t.title, t.ccs, t.declared) for t in elodie.titles] == [
        ("RNCP11111", None, True),
        ("RNCP11111", "CCS1", True),
    ]


def test_holdings_say_until_when_the_title_can_be_completed(archive: CentreArchive) -> None:
    referentiels = {
        "OLD": referentiel("OLD", "2024-06-09", "revised", successor="NEW"),
        "NEW": referentiel(
            "NEW", "2029-08-31", correspondence=Correspondence("OLD", False, {"CCP1": ("CCP1",), "CCP2": ("CCP2",)})
        ),
        "SHUT": referentiel("SHUT", "2025-12-31", "closed"),
    }
    sessions = [
        session("S-OLD", person("C1", "Aubert", "Anne", "1980-01-01", ccps_obtained=("CCP1",)), title="OLD"),
        session("S-SHUT", person("C1", "Blanc", "Bruno", "1981-02-02", ccps_obtained=("CCP2",)), title="SHUT"),
        session(
            "S-NEW",
            person("C1", "Chevalier", "Chloé", "1982-03-03", ccps_obtained=("CCP1", "CCP2"), title_awarded=True),
            person("C2", "Aubert", "Anne", "1980-01-01", ccps_obtained=("CCP2",)),
            person("C3", "Dupuis", "Dan", "1983-04-04", attendance="absent"),
            title="NEW",
        ),
        session("S-X", person("C1", "Ernst", "Eva", "1984-05-05", ccps_obtained=("CCP1",)), title="UNKNOWN"),
    ]
    for taken in sessions:
        archive.take_back(None, taken, document(taken))

    rows = {(r.last_name, r.title, r.ccp): r for r in archive.holdings(referentiels=referentiels)}
    assert len(rows) == 6  # the absent candidate holds nothing
    anne_old = rows[("Aubert", "OLD", "CCP1")]
    assert (anne_old.complete_in, anne_old.complete_until) == ("NEW", dt.date(2029, 8, 31))  # carried over
    assert anne_old.session_ref == "S-OLD" and anne_old.birth_date == dt.date(1980, 1, 1)
    bruno = rows[("Blanc", "SHUT", "CCP2")]
    assert (bruno.complete_in, bruno.complete_until) == ("SHUT", dt.date(2026, 12, 31))  # closed: + 1 year
    chloe = rows[("Chevalier", "NEW", "CCP1")]
    assert chloe.title_held and chloe.complete_until is None
    eva = rows[("Ernst", "UNKNOWN", "CCP1")]
    assert (eva.complete_in, eva.complete_until) == (None, None)  # référentiel not known
    assert {(r.last_name, r.ccp) for r in archive.holdings(title="NEW")} == {
        ("Aubert", "CCP2"),
        ("Chevalier", "CCP1"),
        ("Chevalier", "CCP2"),
    }


# -- hand-offs and take-backs -----------------------------------------------------------------


def test_the_base_document_round_trips(archive: CentreArchive) -> None:
    taken = session("S1", person("C1", "Ørsted", "Æsa", "1990-01-10"))
    sent = document(taken, note='« guillemets », œ, 𝔘, \u2028, 0.1, [1, {"a": null}]')
    sent["nested"] = {"z": 1, "a": [True, None, 1.5, "é"]}
    archive.record_handoff("H1", "S1", copy.deepcopy(sent), at=dt.datetime(2026, 12, 6, 18, 0), by="Secrétariat")
    assert archive.base_document("H1") == sent
    assert list(archive.base_document("H1") or {}) == list(sent)  # keys in their order
    assert archive.returned_document("H1") is None
    assert archive.base_document("H404") is None
    [info] = archive.handoffs("S1")
    assert (info.sent_at, info.sent_by, info.status, info.returned_at) == (
        "2026-12-06T18:00:00",
        "Secrétariat",
        "sent",
        None,
    )
    assert info.status_label == "remis au jury"
    assert [s.ref for s in archive.sessions()] == ["S1"]  # listed from the hand-off on
    archive.record_handoff("H1", "S1", copy.deepcopy(sent))  # the same again: nothing changes
    assert len(archive.handoffs()) == 1
    with pytest.raises(BadInput, match="déjà enregistrée"):
        archive.record_handoff("H1", "S1", {**sent, "note": "autre"})
    with pytest.raises(BadInput, match="ne porte pas la session"):
        archive.record_handoff("H2", "S2", sent)


def test_taking_back_twice_replaces_the_session_and_is_audited(archive: CentreArchive) -> None:
    taken = session(
        "S1",
        person("C1", "Durand", "Élodie", "1990-01-10", ccps_obtained=("CCP1", "CCP2"), title_awarded=True),
        person("C2", "Petit", "Paul", "1991-02-11", ccps_obtained=("CCP1",)),
        person("C3", "Roux", "Rita", "1992-03-12", attendance="excused"),
    )
    archive.record_handoff("H1", "S1", document(taken, "envoyé"))
    archive.take_back("H1", taken, document(taken, "retour 1"), by="Secrétariat")
    first = (archive.holdings(), archive.counts(), archive.sessions())
    archive.take_back("H1", taken, document(taken, "retour 2"), by="Secrétariat")
    assert (archive.holdings(), archive.counts(), archive.sessions()[0].ref) == (first[0], first[1], "S1")
    assert archive.conn.execute("SELECT count(*) FROM candidates").fetchone()[0] == 3
    assert (archive.returned_document("H1") or {})["note"] == "retour 2"
    assert (archive.base_document("H1") or {})["note"] == "envoyé"
    assert (archive.session_document("S1") or {})["note"] == "retour 2"
    [info] = archive.handoffs()
    assert info.status == "returned" and info.returned_by == "Secrétariat"
    [counts] = archive.counts()
    assert (counts.candidates, counts.present, counts.titles_awarded, counts.ccps_obtained) == (
        3,
        2,
        1,
        (("CCP1", 2), ("CCP2", 1)),
    )
    actions = [(action, detail.get("replaced")) for _, _, action, detail in archive.audit_trail()]
    assert actions == [("remise", None), ("reprise", False), ("reprise remplacée", True)]


def test_a_take_back_is_refused_when_it_does_not_fit(archive: CentreArchive) -> None:
    taken = session("S1", person("C1", "Durand", "Élodie", "1990-01-10", ccps_obtained=("CCP1",)))
    archive.record_handoff("H1", "S1", document(taken))
    other = session("S2", person("C1", "Petit", "Paul", "1991-02-11"))
    with pytest.raises(BadInput, match="remise « H404 » inconnue"):
        archive.take_back("H404", taken, document(taken))
    with pytest.raises(BadInput, match="remise « H1 » inconnue pour la session « S2 »"):
        archive.take_back("H1", other, document(other))
    with pytest.raises(BadInput, match="ne porte pas la session"):
        archive.take_back("H1", taken, document(other))
    unsigned = dataclasses.replace(taken, signed_off_at=None)
    with pytest.raises(BadInput, match="session non signée.*C1"):
        archive.take_back("H1", unsigned, document(taken))
    twice = dataclasses.replace(taken, candidates=taken.candidates * 2)
    with pytest.raises(BadInput, match="en double.*C1"):
        archive.take_back("H1", twice, document(taken))
    assert archive.find_person("Durand", "Élodie") == []
    assert [a[2] for a in archive.audit_trail()] == ["remise"]
    # A session taken back before sign-off keeps its people, with nothing obtained.
    people_only = dataclasses.replace(
        unsigned, candidates=(dataclasses.replace(taken.candidates[0], ccps_obtained=()),)
    )
    archive.take_back("H1", people_only, document(taken))
    assert archive.find_person("Durand", "Élodie")[0].holdings == ()


def test_a_session_taken_back_from_its_data_and_outcomes(archive: CentreArchive) -> None:
    from juryapp.exchange.session_doc import parse_session
    from juryapp.rules.engine import evaluate_session
    from juryapp.storage.library import ReferentielLibrary

    example = load_example("E1-formation-titre-attribue.json")
    imported = parse_session(copy.deepcopy(example), ReferentielLibrary())
    data, referentiels = imported.data, imported.referentiels
    outcomes = evaluate_session(data, referentiels)
    assert TakenBackSession.from_session(data, outcomes).candidates[0].ccps_obtained == ()  # not signed off
    signed = data.evolve(sign_off=SignOff("2026-10-13T17:00:00", ("J1", "J2")))
    taken = TakenBackSession.from_session(signed, outcomes)
    archive.take_back(None, taken, example)
    [elodie] = archive.find_person("DURAND", "elodie", dt.date(1990, 1, 10))
    assert [(h.title, h.ccp, h.obtained_on) for h in elodie.holdings] == [
        ("RNCP90002", code, dt.date(2026, 10, 13)) for code in ("CCP1", "CCP2", "CCP3")
    ]
    assert [(t.title, t.ccs) for t in elodie.titles] == [("RNCP90002", None)]


# -- retention ----------------------------------------------------------------------------------


def test_purge_removes_personal_data_and_keeps_counts(archive: CentreArchive, path: Path) -> None:
    old = session(
        "2021-NTC-001",
        person("C1", "Quesnel-Würtz", "Bérangère", "1977-08-19", birth_place="Quimperlé (29)", ccps_obtained=("CCP1",)),
        person("C2", "Xanthopoulos", "Zéphyrin", "1979-11-23", birth_place="Thessalonique (Grèce)", title_awarded=True),
        end="2021-06-30",
        signed="2021-06-30T17:00:00",
    )
    edge = session("2021-NTC-002", person("C1", "Ygrec", "Yolande", "1985-01-01"), end="2021-12-09", signed=None)
    recent = session("2026-NTC-042", person("C1", "Durand", "Élodie", "1990-01-10", ccps_obtained=("CCP2",)))
    archive.record_handoff("H-OLD", old.ref, document(old))
    for taken, handoff in ((old, "H-OLD"), (edge, None), (recent, None)):
        archive.take_back(handoff, taken, document(taken))
    secrets = [
        "Quesnel",
        "Würtz",
        "Bérangère",
        "Xanthopoulos",
        "Zéphyrin",
        "Quimperlé",
        "Thessalonique",
        "1977-08-19",
        "1979-11-23",
    ]
    secrets += ["quesnelwurtz", "berangere", "xanthopoulos", "zephyrin"]  # the folded identity keys
    raw = path.read_bytes()
    assert all(s.encode("utf-8") in raw or s.lower().encode() in raw for s in ["Xanthopoulos", "zephyrin"])

    report = archive.purge(retention_years=5, today=TODAY, by="Responsable")

    assert report.sessions == ("2021-NTC-001",)  # 2021-12-09 + 5 years is today: not yet over
    assert (report.candidates_removed, report.documents_removed, report.vacuum_problem) == (2, 3, None)
    raw = path.read_bytes()
    for secret in secrets:
        for form in {secret, secret.lower(), secret.upper()}:
            assert form.encode("utf-8") not in raw, secret
            assert form.encode("utf-16-le") not in raw, secret
    assert b"Durand" in raw and b"Ygrec" in raw  # the others are kept
    assert not Path(str(path) + "-journal").exists()

    assert archive.find_person("Xanthopoulos", "Zéphyrin") == []
    assert [r.last_name for r in archive.holdings()] == ["Durand"]
    assert archive.base_document("H-OLD") is None and archive.session_document(old.ref) is None
    assert archive.handoffs(old.ref)[0].status == "purged"
    counts = {c.session_ref: c for c in archive.counts()}
    assert counts[old.ref].purged and not counts[recent.ref].purged
    assert (counts[old.ref].candidates, counts[old.ref].titles_awarded, counts[old.ref].ccps_obtained) == (
        2,
        1,
        (("CCP1", 1),),
    )
    info = {s.ref: s for s in archive.sessions()}
    assert info[old.ref].purged_at is not None and info[old.ref].candidates == 2
    at, actor, action, detail = archive.audit_trail()[-1]
    assert (actor, action, detail["sessions"], detail["candidates_removed"]) == (
        "Responsable",
        "purge",
        ["2021-NTC-001"],
        2,
    )
    assert archive.purge(today=TODAY).sessions == ()  # nothing more to purge
    with pytest.raises(BadInput, match="purgée"):
        archive.take_back(None, old, document(old))
    assert archive.purge(today=TODAY + dt.timedelta(days=1)).sessions == ("2021-NTC-002",)
    with pytest.raises(BadInput, match="au moins 1"):
        archive.purge(retention_years=0, today=TODAY)
