"""`juryapp candidates import` and `juryapp candidates template` (EXCHANGE.md §4 and §5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from juryapp.cli import main
from juryapp.exchange.spreadsheet import read_candidates
from juryapp.storage.lock import SessionLock
from juryapp.storage.store import SessionStore

SHEETS = Path(__file__).parent / "data" / "spreadsheets"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


def candidates_in(path: Path) -> int:
    with SessionStore.open(path, write=False) as store:
        return len(store.snapshot().candidates)


def test_a_list_is_imported(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["candidates", "import", str(demo), str(SHEETS / "candidats-30.xlsx")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "30 candidats lus, 0 erreur"
    assert "la référence « C10 » est déjà prise dans la session, le candidat reçoit « C31 »" in out[1]
    assert out[-1] == f"30 candidats ajoutés à {demo}"
    assert candidates_in(demo) == 40


def test_a_wrong_list_prints_every_error_and_writes_nothing(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = SHEETS / "errors.csv"
    original = demo.read_bytes()
    capsys.readouterr()
    assert main(["candidates", "import", str(demo), str(sheet)]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == "13 candidats lus, 25 erreurs"
    errors = captured.err.splitlines()
    reading = read_candidates(sheet, title="RNCP39063", known_codes=("CCP1", "CCP2"))
    expected = [f"{sheet} {problem.text()}" for problem in reading.problems]
    assert len(errors) == 26 and errors[-1] == f"juryapp : {sheet} : 25 erreurs, aucun candidat ajouté"
    assert f"{sheet} ligne 3, colonne « Date de naissance » : date invalide « 1990/02/01 »" in errors[5]
    assert errors[:-1] == expected  # every problem of the list, with its line and column
    assert demo.read_bytes() == original
    assert sorted(p.name for p in demo.parent.iterdir()) == ["demo.jury"]


def test_a_dry_run_writes_nothing(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = demo.read_bytes()
    capsys.readouterr()
    assert main(["candidates", "import", str(demo), str(SHEETS / "utf8-bom-comma.csv"), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "3 candidats lus, 0 erreur"
    assert out[-1] == "Essai (--dry-run) : 3 candidats à ajouter, rien n'a été écrit"
    assert demo.read_bytes() == original


def test_a_session_open_elsewhere_or_a_missing_list_is_bad_input(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with SessionLock(demo, "fenêtre de Claire"):
        assert main(["candidates", "import", str(demo), str(SHEETS / "candidats-30.xlsx")]) == 2
    assert "ouvert en écriture par" in capsys.readouterr().err
    missing = tmp_path / "absent.csv"
    assert main(["candidates", "import", str(demo), str(missing)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and str(missing) in err[0]
    assert main(["candidates", "import", str(demo), str(tmp_path / "liste.ods")]) == 2
    assert candidates_in(demo) == 10


def test_a_handed_off_session_takes_no_list(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with SessionStore.open(demo) as store:
        store.record_handoff("H1", "vers_jury")
    original = demo.read_bytes()
    assert main(["candidates", "import", str(demo), str(SHEETS / "candidats-30.xlsx")]) == 2
    assert "remis au jury" in capsys.readouterr().err
    assert demo.read_bytes() == original


def test_the_template_is_written_for_a_session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ccp_session = tmp_path / "ccp.jury"
    assert main(["demo", str(ccp_session), "--kind", "ccp"]) == 0
    with SessionStore.open(ccp_session, write=False) as store:
        examined = store.snapshot().session.ccps
    target = tmp_path / "modele.csv"
    assert main(["candidates", "template", str(target), "--session", str(ccp_session)]) == 0
    header = target.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert [h for h in header if h.startswith("ECF")] == [f"ECF {code}" for code in examined]
    workbook = tmp_path / "modele.xlsx"
    assert main(["candidates", "template", str(workbook)]) == 0
    assert read_candidates(workbook).ok
    assert f"Modèle de liste de candidats écrit dans {workbook}" in capsys.readouterr().out
    assert main(["candidates", "template", str(tmp_path / "modele.ods")]) == 2


def test_the_commands_have_french_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["candidates", "import", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation : juryapp candidates import") and "--dry-run" in out
