"""The hand-off through packages (issue 11): « Préparer pour le jury », the jury laptop's working
copy, « Remettre au secrétariat », « Reprendre du jury » with its three-way comparison, and
« Purger ce poste »; all or nothing, owner-only, and the command line's exit codes."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import sys
from pathlib import Path

import pytest
from conftest import sign_off_demo

from juryapp import operations as ops
from juryapp.cli import main
from juryapp.errors import BadInput, JuryError
from juryapp.operations import handoff, workstation
from juryapp.operations.archive import archive_handoffs, find_in_archive, open_archive
from juryapp.operations.files import backup_folder_of
from juryapp.operations.integrity import check_file
from juryapp.operations.take_back import take_back
from juryapp.storage.archive import CentreArchive
from juryapp.storage.lock import SessionLock
from juryapp.storage.store import SessionStore

POSIX = sys.platform != "win32"
ACTOR = "Claire Fontaine-Dumas"
SECRET = b"une phrase secrete assez longue"


# -- helpers --------------------------------------------------------------------------------------


@pytest.fixture
def places(tmp_path: Path) -> dict[str, Path]:
    """The secretariat's folder with a demo session, a USB stick, the centre's archive folder."""
    found = {name: tmp_path / name for name in ("secretariat", "usb", "centre")}
    for folder in found.values():
        folder.mkdir()
    found["session"] = found["secretariat"] / "session.jury"
    found["archive"] = found["centre"] / "archive.sqlite"
    assert main(["demo", str(found["session"])]) == 0
    return found


def contents(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes (what « nothing written » compares)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def jury_works(copy: Path) -> None:
    """What the jury does on its laptop: C04 absent, C07's CCP1 acquis, the rest decided, signed off."""
    with SessionStore.open(copy) as store:
        ops.set_attendance(store, "C04", "absent", actor=ACTOR)
        ops.record_result(store, "C07", "CCP1", "acquis", ["J1", "J2"], actor=ACTOR)
        sign_off_demo(store)


def set_attendance(session: Path, ref: str, attendance: str) -> None:
    with SessionStore.open(session) as store:
        ops.set_attendance(store, ref, attendance, actor=ACTOR)


def hand_off_and_return(places: dict[str, Path], passphrase: bytes | None = None) -> handoff.Packaged:
    """Secretariat → package → jury laptop → the jury's work → return package."""
    sent = handoff.package_for_jury(
        places["session"], places["usb"] / "remise.jurypkg", passphrase=passphrase, archive=places["archive"]
    )
    opened = workstation.open_package(sent.path, passphrase=passphrase)
    jury_works(opened.path)
    return handoff.package_for_secretariat(opened.path, places["usb"] / "retour.jurypkg", passphrase=passphrase)


def keys(items) -> set[tuple[str | None, str]]:
    return {(item.candidate, item.area) for item in items}


def records(session: Path) -> list[tuple[str, str]]:
    with SessionStore.open(session, write=False) as store:
        return [(r.handoff, r.direction) for r in store.handoff_records()]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- the round trip ---------------------------------------------------------------------------------


def test_plain_round_trip_replaces_an_unchanged_session(places: dict[str, Path], data_dir: Path) -> None:
    session, archive = places["session"], places["archive"]
    sent = handoff.package_for_jury(session, places["usb"] / "remise.jurypkg", passphrase=None, archive=archive)
    assert sent.manifest.direction == "vers_jury" and not sent.encrypted
    assert records(session) == [(sent.handoff, "vers_jury")]
    assert [h.id for h in archive_handoffs(archive=archive)] == [sent.handoff]
    if POSIX:
        assert mode(sent.path) == 0o600 and mode(archive) == 0o600
    assert sorted(os.listdir(places["usb"])) == ["remise.jurypkg"]  # no temporary left beside it

    opened = workstation.open_package(sent.path, passphrase=None)
    assert opened.path.parent == data_dir / workstation.COPIES_FOLDER
    assert records(opened.path) == [(sent.handoff, "vers_jury")]
    assert check_file(opened.path).sound
    if POSIX:
        assert mode(opened.path) == 0o600 and mode(opened.path.parent) == 0o700
        assert mode(data_dir / workstation.REGISTRY_NAME) == 0o600
    [copy] = workstation.workstation_copies()
    assert copy.path == opened.path.resolve() and not copy.returned

    jury_works(opened.path)
    back = handoff.package_for_secretariat(opened.path, places["usb"] / "retour.jurypkg", passphrase=None)
    assert (back.handoff, back.manifest.direction) == (sent.handoff, "vers_secretariat")
    assert back.manifest.base_sha256 == sent.manifest.session_sha256
    assert workstation.workstation_copies()[0].returned
    assert records(opened.path)[-1] == (sent.handoff, "vers_secretariat")

    result = take_back(back.path, passphrase=None, archive=archive, session=session, actor=ACTOR)
    assert result.clean and result.ours == [] and result.archived
    changed = keys(result.theirs)
    for expected in [
        ("C04", "présence"),
        ("C07", "résultat"),
        ("C03", "entretien final"),
        ("C03", "décision titre"),
        (None, "signature"),
    ]:
        assert expected in changed
    assert result.replaced == session and result.beside is None
    assert result.backup is not None and check_file(result.backup).sound
    assert records(result.backup) == [(sent.handoff, "vers_jury")]  # the secretariat's file as it was
    lines = result.lines()
    assert "  C04 — N'DIAYE Jean-Marc :" in lines
    assert "    - présence : présent → absent" in lines
    assert any("C07 — DUPRÉ-GARNIER François" in line for line in lines)
    assert any(line.startswith("    - résultat CCP1 : — → acquis (J1, J2)") for line in lines)
    # the session file is now the jury's: signed off, sound, both hand-off records in it
    assert sha(session) == back.manifest.session_sha256 and check_file(session).sound
    with SessionStore.open(session, write=False) as store:
        assert store.is_locked
    assert records(session) == [(sent.handoff, "vers_jury"), (sent.handoff, "vers_secretariat")]
    # the archive knows the candidates now, and what they obtained
    [elodie] = find_in_archive("DURAND", "elodie", dt.date(1994, 3, 2), archive)
    assert [(t.title, t.ccs) for t in elodie.titles] == [("RNCP39063", None)]
    [francois] = find_in_archive("Dupre-Garnier", "François", None, archive)
    assert [(h.title, h.ccp) for h in francois.holdings] == [("RNCP39063", "CCP1")]
    assert archive_handoffs(archive=archive)[0].status == "returned"


def test_encrypted_round_trip_leaks_nothing_and_fills_the_archive(places: dict[str, Path]) -> None:
    back = hand_off_and_return(places, SECRET)
    for package in (places["usb"] / "remise.jurypkg", back.path):
        data = package.read_bytes()
        assert b"2026-NTC-042" not in data and b"Durand" not in data and b"SQLite" not in data
    result = take_back(back.path, passphrase=SECRET, archive=places["archive"])
    assert result.archived and result.replaced is None and result.beside is None
    assert ("C04", "présence") in keys(result.theirs)
    [karim] = find_in_archive("benali", "karim", None, places["archive"])
    assert [(h.title, h.ccp) for h in karim.holdings] == [("RNCP39063", "CCP1")]


def test_taking_back_again_finds_the_file_up_to_date(places: dict[str, Path]) -> None:
    back = hand_off_and_return(places)
    take_back(back.path, passphrase=None, archive=places["archive"], session=places["session"])
    again = take_back(back.path, passphrase=None, archive=places["archive"], session=places["session"])
    assert again.clean and again.up_to_date and again.replaced is None and again.backup is None


# -- what is refused, and leaves everything as it was -------------------------------------------


def test_a_wrong_passphrase_writes_nothing(places: dict[str, Path], data_dir: Path) -> None:
    back = hand_off_and_return(places, SECRET)
    sent = places["usb"] / "remise.jurypkg"
    before = {folder: contents(folder) for folder in (data_dir, places["secretariat"], places["centre"])}
    with pytest.raises(BadInput, match="phrase secrète incorrecte"):
        workstation.open_package(sent, passphrase=b"pas la bonne", into=places["usb"] / "copie.jury")
    with pytest.raises(BadInput, match="phrase secrète requise"):
        workstation.open_package(sent, passphrase=None)
    with pytest.raises(BadInput, match="phrase secrète incorrecte"):
        take_back(back.path, passphrase=b"pas la bonne", archive=places["archive"], session=places["session"])
    assert {folder: contents(folder) for folder in before} == before
    assert not (places["usb"] / "copie.jury").exists()


def test_a_truncated_package_is_refused(places: dict[str, Path], data_dir: Path) -> None:
    back = hand_off_and_return(places)
    for package in (places["usb"] / "remise.jurypkg", back.path):
        data = package.read_bytes()
        package.write_bytes(data[: len(data) // 2])
    before = {folder: contents(folder) for folder in (data_dir, places["secretariat"], places["centre"])}
    with pytest.raises(BadInput, match="tronqué ou endommagé") as refused:
        workstation.open_package(places["usb"] / "remise.jurypkg", passphrase=None)
    assert "remise.jurypkg" in str(refused.value)
    with pytest.raises(BadInput, match="tronqué ou endommagé"):
        take_back(back.path, passphrase=None, archive=places["archive"], session=places["session"])
    assert {folder: contents(folder) for folder in before} == before


def test_changes_on_both_sides_merge_nothing(places: dict[str, Path]) -> None:
    back = hand_off_and_return(places)  # the jury marked C04 absent
    set_attendance(places["session"], "C04", "excused")  # the secretariat, meanwhile: excused
    session_before, archive_before = places["session"].read_bytes(), places["archive"].read_bytes()
    secretariat_before = contents(places["secretariat"])
    result = take_back(back.path, passphrase=None, archive=places["archive"], session=places["session"])
    assert [(c.candidate, c.area, c.base, c.ours, c.theirs) for c in result.conflicts] == [
        ("C04", "présence", "present", "excused", "absent")
    ]
    assert not result.archived and result.written() == []
    assert places["session"].read_bytes() == session_before
    assert places["archive"].read_bytes() == archive_before
    assert contents(places["secretariat"]) == secretariat_before  # no file written beside either
    assert archive_handoffs(archive=places["archive"])[0].status == "sent"
    lines = result.lines()
    assert any("1 conflit" in line and "rien n'a été enregistré" in line for line in lines)
    assert "    - présence : conflit — à la remise : présent ; secrétariat : excusé ; jury : absent" in lines


def test_secretariat_changes_without_conflict_are_written_beside(places: dict[str, Path]) -> None:
    back = hand_off_and_return(places)
    set_attendance(places["session"], "C08", "absent")  # the jury did not touch C08
    before = places["session"].read_bytes()
    result = take_back(back.path, passphrase=None, archive=places["archive"], session=places["session"])
    assert result.clean and result.archived
    assert keys(result.ours) == {("C08", "présence")}
    assert result.replaced is None and result.backup is None
    assert result.beside == places["secretariat"] / "session-retour-jury.jury"
    assert places["session"].read_bytes() == before  # never over the secretariat's own changes
    assert sha(result.beside) == back.manifest.session_sha256
    if POSIX:
        assert mode(result.beside) == 0o600
    assert any("reportez-les" in line for line in result.lines())
    assert "Changements du secrétariat depuis la remise :" in result.lines()


def test_a_return_package_needs_a_file_handed_off(places: dict[str, Path]) -> None:
    target = places["usb"] / "retour.jurypkg"
    with pytest.raises(BadInput, match=handoff.NOT_HANDED_OFF):
        handoff.package_for_secretariat(places["session"], target, passphrase=None)
    assert os.listdir(places["usb"]) == [] and records(places["session"]) == []


def test_a_session_open_for_writing_elsewhere_is_not_packaged(places: dict[str, Path]) -> None:
    lock = SessionLock(places["session"], "autre fenêtre").acquire()
    try:
        with pytest.raises(BadInput, match="ouvert en écriture par"):
            handoff.package_for_jury(
                places["session"], places["usb"] / "remise.jurypkg", passphrase=None, archive=places["archive"]
            )
    finally:
        lock.release()
    assert os.listdir(places["usb"]) == [] and not places["archive"].exists()


def test_a_failure_after_recording_leaves_the_file_the_package_and_the_archive_as_they_were(
    places: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    session, target, archive = places["session"], places["usb"] / "remise.jurypkg", places["archive"]
    # an archive that is no archive: refused after the row was inserted (not committed)
    (places["centre"] / "autre.sqlite").write_text("pas une archive")
    with pytest.raises(BadInput, match="pas une archive"):
        handoff.package_for_jury(session, target, passphrase=None, archive=places["centre"] / "autre.sqlite")
    assert records(session) == [] and os.listdir(places["usb"]) == []
    # an older package at the target is put back; an archive this call created is removed
    first = handoff.package_for_jury(session, target, passphrase=None, archive=archive)
    old_package, old_session = target.read_bytes(), session.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise JuryError("archive en panne")

    monkeypatch.setattr(CentreArchive, "record_handoff", refuse)
    with pytest.raises(JuryError, match="archive en panne"):
        handoff.package_for_jury(session, target, passphrase=None, archive=places["centre"] / "nouvelle.sqlite")
    assert target.read_bytes() == old_package and sorted(os.listdir(places["usb"])) == ["remise.jurypkg"]
    assert records(session) == [(first.handoff, "vers_jury")] and session.read_bytes() == old_session
    assert sorted(os.listdir(places["centre"])) == ["archive.sqlite", "autre.sqlite"]


def test_what_is_not_a_package_is_never_replaced(places: dict[str, Path]) -> None:
    precious = places["usb"] / "notes.txt"
    precious.write_text("mes notes")
    with pytest.raises(BadInput, match="n'est pas un paquet"):
        handoff.package_for_jury(places["session"], precious, passphrase=None, archive=places["archive"])
    with pytest.raises(BadInput, match="ne peut pas remplacer"):
        handoff.package_for_jury(places["session"], places["session"], passphrase=None, archive=places["archive"])
    with pytest.raises(BadInput, match="phrase secrète vide"):
        handoff.package_for_jury(places["session"], places["usb"] / "p", passphrase=b"", archive=places["archive"])
    assert precious.read_text() == "mes notes" and records(places["session"]) == []


def test_packages_go_the_right_way(places: dict[str, Path]) -> None:
    back = hand_off_and_return(places)
    with pytest.raises(BadInput, match="se reprend au secrétariat"):
        workstation.open_package(back.path, passphrase=None)
    with pytest.raises(BadInput, match="s'ouvre sur le poste du jury"):
        take_back(places["usb"] / "remise.jurypkg", passphrase=None, archive=places["archive"])


def test_a_hand_off_unknown_to_the_archive_or_to_the_session(places: dict[str, Path], tmp_path: Path) -> None:
    back = hand_off_and_return(places)
    other = places["centre"] / "autre-archive.sqlite"
    open_archive(other, write=True).close()
    with pytest.raises(BadInput, match="inconnue de cette archive"):
        take_back(back.path, passphrase=None, archive=other)
    with pytest.raises(BadInput, match="archive du centre introuvable"):
        take_back(back.path, passphrase=None, archive=places["centre"] / "absente.sqlite")
    stranger = tmp_path / "autre.jury"
    assert main(["demo", str(stranger)]) == 0
    before = stranger.read_bytes()
    with pytest.raises(BadInput, match="n'a pas été remis au jury par la remise"):
        take_back(back.path, passphrase=None, archive=places["archive"], session=stranger)
    assert stranger.read_bytes() == before
    assert archive_handoffs(archive=places["archive"])[0].status == "sent"


def test_opening_a_package_again(places: dict[str, Path]) -> None:
    sent = handoff.package_for_jury(
        places["session"], places["usb"] / "remise.jurypkg", passphrase=None, archive=places["archive"]
    )
    first = workstation.open_package(sent.path, passphrase=None)
    again = workstation.open_package(sent.path, passphrase=None)
    assert again.already_open and again.path == first.path and len(workstation.workstation_copies()) == 1
    jury_works(first.path)
    worked = first.path.read_bytes()
    with pytest.raises(BadInput, match="existe déjà, avec des changements"):
        workstation.open_package(sent.path, passphrase=None)
    lock = SessionLock(first.path, "fenêtre du jury").acquire()
    try:
        with pytest.raises(BadInput, match="ouvert en écriture par"):
            workstation.open_package(sent.path, passphrase=None, replace=True)
    finally:
        lock.release()
    assert first.path.read_bytes() == worked
    replaced = workstation.open_package(sent.path, passphrase=None, replace=True)
    assert sha(replaced.path) == sent.manifest.session_sha256 and len(workstation.workstation_copies()) == 1


# -- « Purger ce poste » --------------------------------------------------------------------------


def test_the_purge_removes_returned_copies_only_and_never_an_open_one(places: dict[str, Path]) -> None:
    usb = places["usb"]
    returned_sent = handoff.package_for_jury(places["session"], usb / "a.jurypkg", passphrase=None, archive=None)
    pending_sent = handoff.package_for_jury(places["session"], usb / "b.jurypkg", passphrase=None, archive=None)
    returned = workstation.open_package(returned_sent.path, passphrase=None).path
    pending = workstation.open_package(pending_sent.path, passphrase=None).path
    jury_works(returned)  # decisions are backed up on the laptop too
    assert backup_folder_of(returned).is_dir()
    handoff.package_for_secretariat(returned, usb / "retour.jurypkg", passphrase=None)

    lock = SessionLock(returned, "fenêtre du jury").acquire()
    try:
        held = workstation.purge_workstation()
    finally:
        lock.release()
    assert held.removed == () and [c.path for c in held.kept] == [pending.resolve()]
    [(copy, why)] = held.refused
    assert copy.path == returned.resolve() and "ouverte en écriture par" in why
    assert returned.exists() and len(workstation.workstation_copies()) == 2

    done = workstation.purge_workstation()
    assert [c.path for c in done.removed] == [returned.resolve()]
    assert not returned.exists() and not backup_folder_of(returned).exists()
    assert not Path(f"{returned}.lock").exists() and not Path(f"{returned}.lock-owner").exists()
    assert pending.exists() and [c.path for c in workstation.workstation_copies()] == [pending.resolve()]
    assert any(line.startswith("Supprimée : ") for line in done.lines())

    everything = workstation.purge_workstation(only_returned=False)
    assert [c.path for c in everything.removed] == [pending.resolve()]
    assert not pending.exists() and workstation.workstation_copies() == []
    assert workstation.purge_workstation().lines() == ["Aucune copie de travail sur ce poste"]


# -- the command line ---------------------------------------------------------------------------------


def test_cli_round_trip(places: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "phrase.txt"
    secret.write_bytes(SECRET + b"\n")
    sent, back = places["usb"] / "remise.jurypkg", places["usb"] / "retour.jurypkg"
    args = ["--passphrase-file", str(secret)]
    assert main(["package", str(places["session"]), "--to", str(sent), "--archive", str(places["archive"]), *args]) == 0
    assert "chiffré par la phrase secrète" in capsys.readouterr().out
    copy = workstation.open_package(sent, passphrase=SECRET).path
    jury_works(copy)
    assert main(["package", str(copy), "--to", str(back), "--retour", *args]) == 0
    assert "retour au secrétariat" in capsys.readouterr().out
    code = main(["unpackage", str(back), "--into", str(places["archive"]), "--session", str(places["session"]), *args])
    out = capsys.readouterr().out
    assert code == 0
    assert "  C04 — N'DIAYE Jean-Marc :" in out and "Fichier de session remplacé" in out
    assert main(["archive", str(places["archive"])]) == 0
    assert "2026-NTC-042" in capsys.readouterr().out


def test_cli_conflicts_are_printed_and_exit_2(places: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    back = hand_off_and_return(places)
    set_attendance(places["session"], "C04", "excused")
    before = contents(places["secretariat"]), contents(places["centre"])
    capsys.readouterr()
    code = main(["unpackage", str(back.path), "--into", str(places["archive"]), "--session", str(places["session"])])
    captured = capsys.readouterr()
    assert code == 2
    assert "présence : conflit — à la remise : présent ; secrétariat : excusé ; jury : absent" in captured.out
    [error] = captured.err.splitlines()
    assert error.startswith(f"juryapp : {back.path} : 1 conflit") and "rien n'a été enregistré" in error
    assert (contents(places["secretariat"]), contents(places["centre"])) == before


def _bad_inputs(places: dict[str, Path], tmp_path: Path) -> dict[str, tuple[list[str], str, str]]:
    """Each failure: arguments, the file the error names, a part of the French message."""
    back = hand_off_and_return(places, SECRET)
    wrong = tmp_path / "mauvaise.txt"
    wrong.write_text("pas la bonne\n")
    empty = tmp_path / "vide.txt"
    empty.write_text("\n")
    cut = places["usb"] / "coupe.jurypkg"
    cut.write_bytes(back.path.read_bytes()[:100])
    archive, session, usb = str(places["archive"]), str(places["session"]), places["usb"]
    return {
        "wrong passphrase": (
            ["unpackage", str(back.path), "--into", archive, "--passphrase-file", str(wrong)],
            str(back.path),
            "phrase secrète incorrecte",
        ),
        "no passphrase": (["unpackage", str(back.path), "--into", archive], str(back.path), "phrase secrète requise"),
        "empty passphrase": (
            ["package", session, "--to", str(usb / "x.jurypkg"), "--passphrase-file", str(empty)],
            str(empty),
            "vide",
        ),
        "truncated": (["unpackage", str(cut), "--into", archive], str(cut), "tronqué"),
        "a session given as package": (["unpackage", session, "--into", archive], session, "base SQLite"),
        "not handed off": (
            ["package", str(tmp_path / "neuve.jury"), "--to", str(usb / "y.jurypkg"), "--retour"],
            str(tmp_path / "neuve.jury"),
            handoff.NOT_HANDED_OFF,
        ),
        "missing archive": (["archive", str(tmp_path / "absente.sqlite")], "absente.sqlite", "introuvable"),
        "missing folder": (
            ["package", session, "--to", str(tmp_path / "absent" / "p.jurypkg"), "--archive", archive],
            "p.jurypkg",
            "dossier de destination",
        ),
    }


CASES = [
    "wrong passphrase",
    "no passphrase",
    "empty passphrase",
    "truncated",
    "a session given as package",
    "not handed off",
    "missing archive",
    "missing folder",
]


@pytest.mark.parametrize("case", CASES)
def test_cli_failures_are_one_french_line_and_exit_2(
    places: dict[str, Path], tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    assert main(["demo", str(tmp_path / "neuve.jury")]) == 0
    args, named, said = _bad_inputs(places, tmp_path)[case]
    before = contents(tmp_path), contents(data_dir)
    capsys.readouterr()
    assert main(args) == 2
    [error] = capsys.readouterr().err.splitlines()
    assert error.startswith("juryapp : ") and named in error and said in error
    assert (contents(tmp_path), contents(data_dir)) == before


def test_the_purge_forgets_a_copy_whose_folder_is_gone(places: dict[str, Path], tmp_path: Path) -> None:
    sent = handoff.package_for_jury(places["session"], places["usb"] / "a.jurypkg", passphrase=None, archive=None)
    stick = tmp_path / "cle-du-jury"
    stick.mkdir()
    copy = workstation.open_package(sent.path, passphrase=None, into=stick / "copie.jury").path
    jury_works(copy)
    handoff.package_for_secretariat(copy, places["usb"] / "retour.jurypkg", passphrase=None)
    for leftover in stick.iterdir():
        leftover.unlink()
    stick.rmdir()
    done = workstation.purge_workstation()
    assert [c.path for c in done.removed] == [copy.resolve()] and done.refused == ()
    assert not backup_folder_of(copy).exists() and workstation.workstation_copies() == []


def test_a_dry_run_says_what_would_be_written_and_writes_nothing(places: dict[str, Path]) -> None:
    session, archive = places["session"], places["archive"]
    back = hand_off_and_return(places)
    before = (sha(session), sha(archive))
    with SessionStore.open(session):  # the window holds the file meanwhile: a dry run only reads
        preview = take_back(back.path, passphrase=None, archive=archive, session=session, dry_run=True)
    assert preview.clean and preview.dry_run and not preview.archived
    assert preview.replaced == session and preview.written() == []
    assert ("C07", "résultat") in keys(preview.theirs)
    assert (sha(session), sha(archive)) == before
    done = take_back(back.path, passphrase=None, archive=archive, session=session)
    assert done.archived and done.replaced == session and done.theirs == preview.theirs
