"""The command line's contract on bad input (EXCHANGE.md §4), through the real `juryapp`.

Bad input exits 2 with exactly one line on standard error naming the file, the field and the
problem; a failing command leaves every existing file exactly as it was and creates none
(no temporary file, no SQLite -wal/-shm). The success paths are checked alongside.
"""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from juryapp.cli import import_session_document
from juryapp.paths import SHIPPED_REFERENTIELS
from juryapp.storage.schema import APPLICATION_ID, SCHEMA_VERSION

# -- helpers --------------------------------------------------------------------------------


def tree_state(*roots: Path) -> dict[str, object]:
    """Every file and folder under `roots` (hidden ones included), with bytes and mtime."""
    state: dict[str, object] = {}
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                state[str(path)] = (path.read_bytes(), path.stat().st_mtime_ns)
            else:
                state[str(path)] = "folder"
    return state


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def assert_bad_input(result, *mentions: str) -> None:
    """Exit 2, nothing on stdout, one French line on stderr mentioning each of `mentions`."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stderr.endswith("\n")
    line = lines[0]
    assert line.startswith("juryapp : "), line
    assert "Traceback" not in line
    for mention in mentions:
        assert mention in line, (mention, line)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.fixture
def refuse(cli, work: Path, data_dir: Path) -> Callable[..., object]:
    """Run a command expected to fail with bad input; check nothing changed on disk."""

    def run(args: list[object], *mentions: str):
        before = tree_state(work, data_dir)
        result = cli(*args)
        assert_bad_input(result, *mentions)
        assert tree_state(work, data_dir) == before, "a failing command changed or created a file"
        return result

    return run


@pytest.fixture
def good_session(work: Path, example_doc: dict) -> Path:
    """A session file imported from E1 (in process, to keep the suite fast; its
    référentiels are then installed in the private data folder, as the CLI would)."""
    write_json(work / "e1.json", example_doc)
    target = work / "good.jury"
    import_session_document(copy.deepcopy(example_doc), target, source="import de e1.json")
    return target


def import_args(work: Path, name: str = "session.json", into: str = "new.jury") -> list[object]:
    return ["import", work / name, "--into", work / into]


# -- unreadable documents -------------------------------------------------------------------


def test_invalid_json(work: Path, refuse) -> None:
    (work / "session.json").write_text('{"format": "juryapp.session/1",\n "session": ', encoding="utf-8")
    result = refuse(import_args(work), "session.json", "JSON invalide")
    assert "ligne" in result.stderr


def test_not_utf8(work: Path, refuse) -> None:
    (work / "session.json").write_bytes('{"format": "é"}'.encode("latin-1"))
    refuse(import_args(work), "session.json", "UTF-8")


def test_empty_file(work: Path, refuse) -> None:
    (work / "session.json").write_bytes(b"")
    refuse(import_args(work), "session.json")


def test_missing_input_file(work: Path, refuse) -> None:
    refuse(import_args(work, name="absent.json"), "absent.json", "introuvable")


@pytest.mark.parametrize("document", [[1, 2], None])
def test_not_an_object(work: Path, refuse, document: object) -> None:
    write_json(work / "session.json", document)
    refuse(import_args(work), "session.json", "objet")


def test_missing_format(work: Path, refuse, example_doc: dict) -> None:
    del example_doc["format"]
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "format", "absent")


@pytest.mark.parametrize(
    ("fmt", "problem"),
    [
        ("juryapp.autre/1", "inconnu"),
        ("juryapp.session/2", "plus récent"),
        ("juryapp.results/1", "ne s'importe pas"),
    ],
)
def test_unknown_format(work: Path, refuse, example_doc: dict, fmt: object, problem: str) -> None:
    example_doc["format"] = fmt
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "format", problem)


def test_referentiel_with_into(work: Path, refuse, example_doc: dict) -> None:
    write_json(work / "ref.json", example_doc["referentiels"][1])
    refuse(["import", work / "ref.json", "--into", work / "new.jury"], "ref.json", "--into")


def test_session_without_into(work: Path, refuse, example_doc: dict) -> None:
    write_json(work / "session.json", example_doc)
    refuse(["import", work / "session.json"], "session.json", "--into")


def test_into_missing_folder(work: Path, refuse, example_doc: dict) -> None:
    write_json(work / "session.json", example_doc)
    refuse(["import", work / "session.json", "--into", work / "nowhere" / "s.jury"], "s.jury")


# -- invalid content ------------------------------------------------------------------------


def test_unknown_title(work: Path, refuse, example_doc: dict) -> None:
    example_doc["session"]["title"] = "RNCP00000"
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "session.title", "RNCP00000", "inconnu")


def _set(doc: dict, path: str, value: object) -> None:
    """Set doc[a][0][b]… from a dotted path with [n] indexes."""
    parts: list[object] = []
    for piece in path.split("."):
        name, *indexes = piece.replace("]", "").split("[")
        parts.append(name)
        parts.extend(int(i) for i in indexes)
    target = doc
    for part in parts[:-1]:
        target = target[part]  # type: ignore[index]
    target[parts[-1]] = value  # type: ignore[index]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("candidates[0].birth_date", "2026-02-30"),
        ("candidates[0].birth_date", "12/10/2026"),
        ("session.start", "12/10/2026"),
        ("session.end", "2026-02-30"),
        ("jurors[1].habilitation_until", "2026-02-30"),
        ("final_interviews[0].held_on", "12/10/2026"),
        ("referentiels[1].valid_from", "2023-02-30"),
    ],
)
def test_invalid_date(work: Path, refuse, example_doc: dict, field: str, value: str) -> None:
    _set(example_doc, field, value)
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", field, value, "date invalide")


def test_duplicate_candidate_ref(work: Path, refuse, example_doc: dict) -> None:
    twin = copy.deepcopy(example_doc["candidates"][0])
    twin["first_name"] = "Jumelle"
    example_doc["candidates"].append(twin)
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "candidates[1].ref", "C1", "double")


def test_duplicate_juror_ref(work: Path, refuse, example_doc: dict) -> None:
    example_doc["jurors"][1]["ref"] = "J1"
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "jurors[1].ref", "J1", "double")


def test_result_for_unknown_candidate(work: Path, refuse, example_doc: dict) -> None:
    example_doc["results"] = [
        {"candidate": "C9", "ccp": "CCP1", "decision": "acquis", "jurors": ["J1", "J2"], "justification": ""}
    ]
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "results[0].candidate", "C9", "inconnu")


def test_unknown_juror_on_decision(work: Path, refuse, example_doc: dict) -> None:
    example_doc["title_decisions"][0]["jurors"] = ["J1", "J7"]
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "title_decisions[0].jurors[1]", "J7", "inconnu")


def test_unknown_juror_on_sign_off(work: Path, refuse, example_doc: dict) -> None:
    example_doc["sign_off"] = {"at": "2026-10-13T17:30:00", "jurors": ["J1", "J9"]}
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "sign_off.jurors[1]", "J9")


def test_conflict_with_unknown_candidate(work: Path, refuse, example_doc: dict) -> None:
    example_doc["jurors"][0]["conflicts"] = [{"candidate": "C404", "kind": "formateur", "note": ""}]
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "jurors[0].conflicts[0].candidate", "C404")


def test_two_results_for_same_candidate_and_ccp(work: Path, refuse, example_doc: dict) -> None:
    result = {"candidate": "C1", "ccp": "CCP2", "decision": "acquis", "jurors": ["J1", "J2"], "justification": ""}
    other = {**result, "ccp": "CCP1"}
    example_doc["results"] = [other, result, {**result, "decision": "non_acquis", "justification": "x"}]
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "results[2]", "C1", "CCP2")


def test_second_title_decision(work: Path, refuse, example_doc: dict) -> None:
    example_doc["title_decisions"].append(copy.deepcopy(example_doc["title_decisions"][0]))
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "title_decisions[1]", "C1")


def test_unknown_enum_value(work: Path, refuse, example_doc: dict) -> None:
    example_doc["candidates"][0]["pathway"] = "apprentissage"
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "candidates[0].pathway", "apprentissage")


@pytest.mark.parametrize(
    ("field", "value"),
    [("session.title", "RNCP\n999"), ("candidates[0].birth_date", "2026-01-01\r\nx")],
)
def test_one_line_even_when_a_value_holds_a_line_break(
    work: Path, refuse, example_doc: dict, field: str, value: str
) -> None:
    _set(example_doc, field, value)
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", field)


def test_number_too_large(work: Path, refuse, example_doc: dict) -> None:
    example_doc["candidates"][0]["experience_months"] = 10**20
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "candidates[0].experience_months")


# -- existing targets -----------------------------------------------------------------------


def test_existing_target_without_replace(cli, work: Path, good_session: Path, refuse, example_doc: dict) -> None:
    example_doc["candidates"][0]["last_name"] = "Autre"
    write_json(work / "session.json", example_doc)
    original = good_session.read_bytes()
    refuse(["import", work / "session.json", "--into", good_session], "good.jury", "--replace")
    assert good_session.read_bytes() == original


@pytest.mark.parametrize("breakage", ["json", "dangling"])
def test_replace_with_bad_input_keeps_target(
    work: Path, good_session: Path, refuse, example_doc: dict, breakage: str
) -> None:
    source = work / "session.json"
    if breakage == "json":
        source.write_text("{", encoding="utf-8")
    elif breakage == "date":
        example_doc["candidates"][0]["birth_date"] = "1990-02-30"
        write_json(source, example_doc)
    else:
        example_doc["final_interviews"][0]["candidate"] = "C2"
        write_json(source, example_doc)
    original = good_session.read_bytes()
    refuse(["import", source, "--into", good_session, "--replace"], "session.json")
    assert good_session.read_bytes() == original


def test_replace_onto_a_folder(work: Path, refuse, example_doc: dict) -> None:
    write_json(work / "session.json", example_doc)
    (work / "folder.jury").mkdir()
    refuse(["import", work / "session.json", "--into", work / "folder.jury", "--replace"], "folder.jury")


# -- files that are not session files -------------------------------------------------------


def _assert_no_sqlite_side_files(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(str(path) + suffix).exists(), suffix


@pytest.mark.parametrize("command", ["results", "export"])
def test_non_session_sqlite_file(work: Path, refuse, command: str) -> None:
    other = work / "carnet.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Zoé')")
    conn.commit()
    conn.close()
    original = other.read_bytes()
    args: list[object] = [command, other]
    if command == "export":
        args += ["--to", work / "out.json"]
    refuse(args, "carnet.sqlite", "juryapp")
    assert other.read_bytes() == original
    _assert_no_sqlite_side_files(other)
    assert not (work / "out.json").exists()


@pytest.mark.parametrize(
    ("command", "content"),
    [("results", "Ceci n'est pas une session.\n" * 10), ("export", "court"), ("results", "")],
)
def test_plain_text_file(work: Path, refuse, command: str, content: str) -> None:
    text = work / "notes.jury"
    text.write_text(content, encoding="utf-8")
    args: list[object] = [command, text]
    if command == "export":
        args += ["--to", work / "out.json"]
    refuse(args, "notes.jury")
    _assert_no_sqlite_side_files(text)


def test_missing_session_file(work: Path, refuse) -> None:
    refuse(["results", work / "absent.jury"], "absent.jury", "introuvable")


def _make_newer(good: Path, newer: Path) -> None:
    shutil.copy2(good, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.execute("UPDATE juryapp_meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    assert int.from_bytes(newer.read_bytes()[60:64], "big") == 99
    _assert_no_sqlite_side_files(newer)


@pytest.mark.parametrize("command", ["results", "export"])
def test_session_from_newer_version(work: Path, good_session: Path, refuse, command: str) -> None:
    newer = work / "newer.jury"
    _make_newer(good_session, newer)
    original = newer.read_bytes()
    args: list[object] = [command, newer]
    if command == "export":
        args += ["--to", work / "out.json"]
    refuse(args, "newer.jury", "plus récente")
    assert newer.read_bytes() == original
    _assert_no_sqlite_side_files(newer)
    assert SCHEMA_VERSION < 99


# -- référentiels carried by a session ------------------------------------------------------


def test_carried_referentiel_conflicting_with_installed(
    cli, work: Path, data_dir: Path, good_session: Path, refuse, example_doc: dict
) -> None:
    installed = data_dir / "referentiels" / "RNCP90002.json"
    assert installed.is_file(), "importing E1 installs the référentiels it carries"
    new_ref = copy.deepcopy(example_doc["referentiels"][0])
    new_ref.update(code="RNCP90003", name="Titre nouveau", successor="RNCP90004")
    example_doc["referentiels"].insert(0, new_ref)
    example_doc["referentiels"][2]["name"] = "Technicien d'essais (autre contenu)"
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "referentiels[2]", "RNCP90002")
    assert not (data_dir / "referentiels" / "RNCP90003.json").exists()
    assert json.loads(installed.read_text(encoding="utf-8"))["name"] == "Technicien d'essais"


def test_carried_referentiel_conflicting_with_shipped(work: Path, refuse, example_doc: dict) -> None:
    shipped = json.loads((SHIPPED_REFERENTIELS / "RNCP39063.json").read_text(encoding="utf-8"))
    shipped["name"] = "Négociateur (contrefait)"
    example_doc["referentiels"].append(shipped)
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "referentiels[2]", "RNCP39063")


def test_referentiel_document_conflicting_with_installed(
    cli, work: Path, data_dir: Path, example_doc: dict, refuse
) -> None:
    ref = example_doc["referentiels"][1]
    write_json(work / "ref.json", ref)
    assert cli("import", work / "ref.json").returncode == 0
    write_json(work / "ref.json", {**ref, "level": 5})
    refuse(["import", work / "ref.json"], "ref.json", "RNCP90002")


def test_invalid_referentiel_document(work: Path, refuse, example_doc: dict) -> None:
    ref = example_doc["referentiels"][1]
    ref["valid_until"] = "2027-02-29"
    write_json(work / "ref.json", ref)
    refuse(["import", work / "ref.json"], "ref.json", "valid_until", "2027-02-29")


def test_referentiel_code_that_is_a_path(work: Path, refuse, example_doc: dict) -> None:
    ref = example_doc["referentiels"][1]
    ref["code"] = "RNCP/9"
    write_json(work / "ref.json", ref)
    refuse(["import", work / "ref.json"], "ref.json", "code")


def test_carried_referentiel_that_cannot_be_installed_installs_nothing(
    work: Path, data_dir: Path, refuse, example_doc: dict
) -> None:
    extra = copy.deepcopy(example_doc["referentiels"][1])
    extra.update(code="RNCP/9", correspondence=None)
    example_doc["referentiels"].append(extra)
    write_json(work / "session.json", example_doc)
    refuse(import_args(work), "session.json", "referentiels[2]")
    assert not (data_dir / "referentiels").exists()


# -- success paths --------------------------------------------------------------------------


def test_import_creates_a_session_file(cli, work: Path, data_dir: Path, example_doc: dict) -> None:
    source = write_json(work / "e1.json", example_doc)
    target = work / "s.jury"
    result = cli("import", source, "--into", target)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "s.jury" in result.stdout
    header = target.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert sorted(p.name for p in work.iterdir()) == ["e1.json", "s.jury"]
    assert sorted(p.name for p in (data_dir / "referentiels").iterdir()) == [
        "RNCP90001.json",
        "RNCP90002.json",
    ]
    results = cli("results", target, "--json")
    assert results.returncode == 0, results.stderr
    document = json.loads(results.stdout)
    assert document["format"] == "juryapp.results/1"
    assert document["session"] == "S-TEST"
    assert [c["ref"] for c in document["candidates"]] == ["C1"]
    assert document["candidates"][0]["title"] == "awarded"


def test_replace_overwrites(cli, work: Path, good_session: Path, example_doc: dict) -> None:
    example_doc["title_decisions"][0].update(decision="not_awarded", justification="Dossier incomplet")
    example_doc["candidates"][0]["last_name"] = "D'Aubigné"
    source = write_json(work / "session.json", example_doc)
    result = cli("import", source, "--into", good_session, "--replace")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in work.iterdir()) == ["e1.json", "good.jury", "session.json"]
    exported = work / "out.json"
    assert cli("export", good_session, "--to", exported).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["candidates"][0]["last_name"] == "D'Aubigné"
    assert document["title_decisions"][0]["decision"] == "not_awarded"


def test_results_table(cli, good_session: Path) -> None:
    result = cli("results", good_session)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)
    lines = result.stdout.splitlines()
    assert "S-TEST" in lines[0]
    header = next(line for line in lines if line.startswith("Réf."))
    for column in ("Candidat", "Présence", "Titre", "Document"):
        assert column in header
    row = next(line for line in lines if line.startswith("C1 "))
    assert "DURAND Élodie" in row or "Durand" in row
    assert "parchemin" in row
    assert "attribué" in row


def test_import_referentiel_installs_it(cli, work: Path, data_dir: Path, example_doc: dict) -> None:
    ref = example_doc["referentiels"][1]
    source = write_json(work / "ref.json", ref)
    result = cli("import", source)
    assert result.returncode == 0, result.stderr
    installed = data_dir / "referentiels" / "RNCP90002.json"
    assert installed.is_file()
    assert json.loads(installed.read_text(encoding="utf-8")) == ref
    assert sorted(p.name for p in (data_dir / "referentiels").iterdir()) == ["RNCP90002.json"]
    listing = cli("referentiels")
    assert listing.returncode == 0
    assert any(line.startswith("RNCP90002") for line in listing.stdout.splitlines())
    before = installed.read_bytes(), installed.stat().st_mtime_ns
    again = cli("import", source)
    assert again.returncode == 0, again.stderr
    assert (installed.read_bytes(), installed.stat().st_mtime_ns) == before


def test_export_writes_the_session(cli, work: Path, good_session: Path, example_doc: dict) -> None:
    target = work / "export.json"
    result = cli("export", good_session, "--to", target)
    assert result.returncode == 0, result.stderr
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "juryapp.session/1"
    assert document["candidates"][0]["first_name"] == "Élodie"
    assert document["sign_off"] is None
    assert not [p.name for p in work.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sign_off.at", "2026-12-08"),
        ("schedule[0].end", "2026-12-07T12:00+02:00"),
        ("schedule[0].start", "07/12/2026 09:00"),
    ],
)
def test_invalid_date_time_names_the_date_time_format(work: Path, refuse, example_doc: dict, field, value) -> None:
    example_doc["sign_off"] = {"at": "2026-10-13T17:30:00", "jurors": ["J1", "J2"]}
    example_doc["schedule"] = [
        {"candidate": "C1", "assessment": "mise_en_situation", "ccp": "CCP1", "room": "Salle 2",
         "start": "2026-10-12T09:00", "end": "2026-10-12T12:00", "jurors": ["J1", "J2"]}
    ]  # fmt: skip
    _set(example_doc, field, value)
    write_json(work / "session.json", example_doc)
    result = refuse(import_args(work), "session.json", field, value, "format attendu AAAA-MM-JJTHH:MM")
    assert "format attendu AAAA-MM-JJ)" not in result.stderr


def _slot(**changes):
    slot = {
        "candidate": "C1",
        "assessment": "mise_en_situation",
        "ccp": "CCP1",
        "room": "Salle 1",
        "start": "2026-10-12T09:00",
        "end": "2026-10-12T12:00",
        "jurors": ["J1", "J2"],
    }
    return {**slot, **changes}


@pytest.mark.parametrize(
    ("slot", "field", "problem"),
    [
        (_slot(start="2020-01-07T09:00", end="2020-01-07T12:00"), "schedule[0].start", "hors des dates"),
        (_slot(end="2026-10-14T12:00"), "schedule[0].end", "hors des dates"),
        (_slot(end="2026-10-12T08:00"), "schedule[0].end", "doit suivre le début"),
        (_slot(candidate="C9"), "schedule[0].candidate", "inconnu"),
        (_slot(jurors=["J7"]), "schedule[0].jurors[0]", "inconnu"),
        (_slot(start="2026-10-12 09h"), "schedule[0].start", "AAAA-MM-JJTHH:MM"),
    ],
)
def test_a_schedule_outside_the_session_or_unknown_is_refused(tmp_path, cli, example_doc, slot, field, problem):
    example_doc["schedule"] = [slot]
    document = tmp_path / "session.json"
    document.write_text(json.dumps(example_doc), encoding="utf-8")
    target = tmp_path / "s.jury"
    done = cli("import", document, "--into", target)
    assert done.returncode == 2 and field in done.stderr and problem in done.stderr, done.stderr
    assert not target.exists() and len(done.stderr.strip().splitlines()) == 1


# -- verify: a file that is no PDF is bad input; a PDF that fails is a verdict ---------------


def test_verify_a_file_that_is_no_pdf(work: Path, refuse) -> None:
    (work / "notes.json").write_text('{"a": 1}', encoding="utf-8")
    result = refuse(["verify", work / "notes.json"], "notes.json", "ce n'est pas un document PDF")
    assert "invalid pdf header" not in result.stderr and "EOF marker" not in result.stderr
    (work / "vide.pdf").write_bytes(b"")
    refuse(["verify", work / "vide.pdf"], "vide.pdf", "ce n'est pas un document PDF", "vide")


def test_verify_a_folder_or_a_missing_file(work: Path, refuse) -> None:
    result = refuse(["verify", work], str(work), "c'est un dossier, pas un document PDF")
    assert "Is a directory" not in result.stderr
    refuse(["verify", work / "absent.pdf"], "absent.pdf", "introuvable")


def test_verify_a_damaged_pdf_is_a_verdict_without_english_warnings(work: Path, cli) -> None:
    (work / "abime.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> tronqu")
    result = cli("verify", work / "abime.pdf")
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout.startswith("Document NON authentique") and result.stderr == ""


def test_no_english_strerror_in_file_errors(work: Path, refuse, good_session: Path) -> None:
    folder = work / "dossier.json"
    folder.mkdir()
    result = refuse(["import", folder, "--into", work / "new.jury"], "dossier.json", "c'est un dossier")
    assert "Is a directory" not in result.stderr
    result = refuse(["key", "restore", folder], "dossier.json", "c'est un dossier")
    assert "Is a directory" not in result.stderr
