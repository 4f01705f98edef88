"""The centre archive through the application layer and `juryapp archive`: lookups that never
create the archive, holdings with their deadlines, the retention purge and its preference."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import sign_off_demo

from juryapp.cli import main
from juryapp.errors import BadInput
from juryapp.operations import archive as archive_ops
from juryapp.operations.files import session_document
from juryapp.operations.sessions import read
from juryapp.settings import Settings
from juryapp.storage.archive import ARCHIVE_FILE_NAME, CentreArchive, TakenBackSession
from juryapp.storage.store import SessionStore


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An archive holding the demo session, signed off and taken back."""
    session, path = tmp_path / "session.jury", tmp_path / "archive.sqlite"
    assert main(["demo", str(session)]) == 0
    with SessionStore.open(session) as store:
        sign_off_demo(store)
        view = read(store)
        document = session_document(store)
    with CentreArchive.open(path) as centre:
        centre.take_back(None, TakenBackSession.from_session(view.data, view.outcomes.values()), document)
    return path


def test_reading_never_creates_the_archive(data_dir: Path) -> None:
    default = data_dir / ARCHIVE_FILE_NAME
    assert archive_ops.archive_path() == default
    assert archive_ops.find_in_archive("Durand", "Élodie", None) == []
    assert archive_ops.archive_holdings() == []
    assert archive_ops.archive_sessions() == [] and archive_ops.archive_counts() == []
    assert archive_ops.archive_handoffs() == []
    assert archive_ops.purge_archive().sessions == ()
    assert archive_ops.describe_archive() == ["Aucune session dans l'archive"]
    assert not default.exists()


def test_the_preferences_place_the_archive(tmp_path: Path) -> None:
    settings = Settings.load()
    settings.set("archive_dir", str(tmp_path))
    settings.save()
    assert archive_ops.archive_path() == tmp_path / ARCHIVE_FILE_NAME
    archive_ops.open_archive(write=True).close()
    assert (tmp_path / ARCHIVE_FILE_NAME).is_file()


def test_find_a_person(archive: Path) -> None:
    [elodie] = archive_ops.find_in_archive("DURAND", "elodie", dt.date(1994, 3, 2), archive)
    assert elodie.sessions == ("2026-NTC-042",)
    assert [(h.ccp, h.obtained_on) for h in elodie.holdings] == [
        ("CCP1", dt.date(2026, 12, 8)),
        ("CCP2", dt.date(2026, 12, 8)),
    ]
    assert archive_ops.find_in_archive("Durand", "Élodie", dt.date(1994, 3, 3), archive) == []
    lines = archive_ops.person_lines([elodie])
    assert lines[0].startswith("DURAND Élodie, né(e) le 02/03/1994")
    assert "  titre RNCP39063 obtenu le 08/12/2026 (session 2026-NTC-042)" in lines
    assert archive_ops.person_lines([]) == ["Personne de ce nom dans l'archive"]


def test_holdings_with_their_deadlines(archive: Path) -> None:
    rows = archive_ops.archive_holdings(archive=archive)
    karim = next(row for row in rows if row.last_name == "Benali")
    assert (karim.ccp, karim.title_held, karim.complete_in) == ("CCP1", False, "RNCP39063")
    assert karim.complete_until is not None
    assert all(row.title_held for row in rows if row.last_name == "Durand")
    assert archive_ops.archive_holdings("RNCP00000", archive) == []
    assert len(archive_ops.archive_holdings("RNCP39063", archive)) == len(rows)
    lines = archive_ops.holding_lines(rows)
    assert any(
        line.startswith("BENALI Karim") and "titre à compléter dans RNCP39063 jusqu'au" in line for line in lines
    )
    assert archive_ops.holding_lines([]) == ["Aucun CCP détenu dans l'archive"]


def test_purge_after_the_retention_keeps_the_counts(archive: Path) -> None:
    # the demo session ends on 08/12/2026: kept five years by default, to 08/12/2031 included
    assert archive_ops.purge_archive(dt.date(2031, 12, 8), archive).sessions == ()
    report = archive_ops.purge_archive(dt.date(2031, 12, 9), archive, actor="secrétariat")
    assert report.sessions == ("2026-NTC-042",) and report.candidates_removed == 10
    assert archive_ops.find_in_archive("Durand", "Élodie", None, archive) == []
    [counts] = archive_ops.archive_counts(archive)
    assert counts.purged and counts.candidates == 10
    assert archive_ops.purge_lines(report, 5)[0] == "Données personnelles purgées (conservation 5 ans) : 2026-NTC-042"
    assert any("purgées le" in line for line in archive_ops.describe_archive(archive))


def test_the_retention_comes_from_the_preferences(archive: Path) -> None:
    settings = Settings.load()
    settings.set("archive_retention_years", 10)
    settings.save()
    assert archive_ops.retention_setting() == 10
    assert archive_ops.purge_archive(dt.date(2031, 12, 9), archive).sessions == ()
    assert archive_ops.purge_archive(dt.date(2036, 12, 9), archive).sessions == ("2026-NTC-042",)
    with pytest.raises(BadInput, match="durée de conservation"):
        archive_ops.purge_archive(dt.date(2036, 12, 9), archive, retention_years=0)


@pytest.mark.parametrize(
    ("text", "day"),
    [("02/03/1994", dt.date(1994, 3, 2)), ("2.3.1994", dt.date(1994, 3, 2)), ("1994-03-02", dt.date(1994, 3, 2))],
)
def test_parse_day(text: str, day: dt.date) -> None:
    assert archive_ops.parse_day(text) == day


def test_parse_day_refuses_in_french() -> None:
    with pytest.raises(BadInput, match="format attendu JJ/MM/AAAA"):
        archive_ops.parse_day("31/02/1994", "--born")


# -- the command line -------------------------------------------------------------------------------


def test_cli_lists_finds_and_shows_holdings(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["archive", str(archive)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2026-NTC-042  RNCP39063  07/12/2026 → 08/12/2026  10 candidats")
    assert main(["archive", str(archive), "--holdings", "--title", "RNCP39063"]) == 0
    assert "BENALI Karim" in capsys.readouterr().out
    assert main(["archive", str(archive), "--find", "durand", "elodie", "--born", "02/03/1994"]) == 0
    assert capsys.readouterr().out.startswith("DURAND Élodie, né(e) le 02/03/1994")


def test_cli_purge(archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    capsys.readouterr()
    assert main(["archive", str(archive), "--purge"]) == 0
    assert "rien n'a été purgé" in capsys.readouterr().out
    monkeypatch.setattr("juryapp.storage.common._now", lambda: dt.datetime(2032, 1, 5, 10, 0))
    assert main(["archive", str(archive), "--purge"]) == 0
    assert "Données personnelles purgées (conservation 5 ans) : 2026-NTC-042" in capsys.readouterr().out
    assert main(["archive", str(archive), "--find", "durand", "elodie"]) == 0
    assert capsys.readouterr().out.strip() == "Personne de ce nom dans l'archive"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--title", "RNCP39063"], "--title s'emploie avec --holdings"),
        (["--find", "durand", "elodie", "--born", "31/02/1994"], "--born : date « 31/02/1994 » invalide"),
        (["--born", "02/03/1994"], "--born s'emploie avec --find"),
    ],
)
def test_cli_bad_options_exit_2(archive: Path, capsys: pytest.CaptureFixture[str], args: list[str], said: str) -> None:
    before = archive.read_bytes()
    capsys.readouterr()
    assert main(["archive", str(archive), *args]) == 2
    [error] = capsys.readouterr().err.splitlines()
    assert error.startswith("juryapp : ") and said in error
    assert archive.read_bytes() == before


def test_cli_missing_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absente.sqlite"
    assert main(["archive", str(missing), "--purge"]) == 2
    assert capsys.readouterr().err.strip() == f"juryapp : {missing} : archive du centre introuvable"
    assert not missing.exists()
