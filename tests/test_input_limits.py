"""Bad input has limits (issue 9): names and free texts within their lengths and without control
characters, JSON files within a size and a nesting depth, refused on import with one French line
naming the field, and said in the window as the user types."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from juryapp import operations as ops
from juryapp.cli import import_session_document, main
from juryapp.demo import demo_session_document
from juryapp.errors import BadInput
from juryapp.exchange import validation
from juryapp.exchange.referentiel import parse_referentiel
from juryapp.exchange.session_doc import parse_session
from juryapp.exchange.validation import MAX_JSON_DEPTH, read_json
from juryapp.paths import SHIPPED_REFERENTIELS
from juryapp.storage.library import ReferentielLibrary
from juryapp.storage.store import SessionStore
from juryapp.textcheck import MAX_LABEL, MAX_NAME, MAX_TEXT, check_text, text_problem

# -- the limits -----------------------------------------------------------------------------


def test_a_name_is_one_line_of_at_most_max_name_characters():
    assert text_problem("é" * MAX_NAME, "name") is None
    assert (
        text_problem("x" * (MAX_NAME + 52), "name") == f"texte trop long : {MAX_NAME + 52} caractères pour 100 au plus"
    )
    assert text_problem("Jean\nDupont") == "retour à la ligne interdit (position 5)"
    assert text_problem("Jean\tDupont") == "tabulation interdite (position 5)"
    assert text_problem("Jean\u2028Dupont") == "retour à la ligne interdit (position 5)"


@pytest.mark.parametrize(
    ("character", "code"),
    [("\x00", "U+0000"), ("\x1b", "U+001B"), ("\x7f", "U+007F"), ("\x85", "U+0085"), ("\x0c", "U+000C")],
)
@pytest.mark.parametrize("kind", ["name", "label", "text"])
def test_control_characters_are_refused_in_every_kind(character, code, kind):
    assert text_problem(f"Dupont{character}", kind) == f"caractère de contrôle {code} interdit (position 7)"


def test_a_lone_surrogate_is_refused():
    assert "U+D800" in text_problem("ab\ud800", "text")


def test_a_free_text_has_lines_and_tabs_and_max_text_characters():
    assert text_problem("Points forts :\r\n\t- le plan\n\t- la négociation", "text") is None
    assert text_problem("x" * MAX_TEXT, "text") is None
    assert "trop long" in text_problem("x" * (MAX_TEXT + 1), "text")
    assert text_problem("x" * MAX_LABEL, "label") is None
    assert "trop long" in text_problem("x" * (MAX_LABEL + 1), "label")


def test_check_text_names_the_file_and_the_field():
    assert check_text("Dupont", field="candidates[0].last_name") == "Dupont"
    with pytest.raises(BadInput) as refused:
        check_text("Du\x00pont", "name", field="candidates[3].last_name", file="s.json")
    assert (
        refused.value.message == "s.json : candidates[3].last_name : caractère de contrôle U+0000 interdit (position 3)"
    )


# -- reading a JSON file --------------------------------------------------------------------


def test_a_deeply_nested_document_is_refused_before_it_is_parsed(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"a":\n' + "[" * 100_000, encoding="utf-8")
    with pytest.raises(BadInput) as refused:
        read_json(path)
    assert refused.value.message == (
        f"{path} : imbrication JSON trop profonde : plus de {MAX_JSON_DEPTH} niveaux (ligne 2)"
    )


def test_brackets_inside_strings_do_not_count(tmp_path):
    path = tmp_path / "ok.json"
    nested = "[" * (MAX_JSON_DEPTH - 1) + "]" * (MAX_JSON_DEPTH - 1)
    document = {"note": '[[[[{{{{ \\" ' * 100, "deep": json.loads(nested)}
    path.write_text(json.dumps(document), encoding="utf-8")
    assert read_json(path) == document


def test_a_file_over_the_size_bound_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(validation, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"format": "x" * 2000}), encoding="utf-8")
    with pytest.raises(BadInput, match="fichier trop volumineux : 2,0 Ko pour 1000 octets au plus"):
        read_json(path)


def test_an_integer_too_long_for_python_is_bad_input(tmp_path):
    path = tmp_path / "n.json"
    path.write_text('{"n": ' + "9" * 5000 + "}", encoding="utf-8")
    with pytest.raises(BadInput, match="nombre trop long"):
        read_json(path)


# -- importing a session ----------------------------------------------------------------------


@pytest.fixture
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def assert_refused(result, work: Path, *mentions: str) -> str:
    """Exit 2, one French line on stderr naming each of `mentions`, no session file created."""
    assert result.returncode == 2, (result.returncode, result.stderr[:500])
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("juryapp : "), result.stderr[:500]
    assert len(lines[0]) < 400, "the message must not repeat the whole text"
    for mention in mentions:
        assert mention in lines[0], (mention, lines[0])
    assert sorted(p.name for p in work.iterdir()) == ["session.json"]
    return lines[0]


def test_import_refuses_a_ten_megabyte_name(cli, work, example_doc):
    example_doc["candidates"][0]["last_name"] = "A" * 10_000_000
    (work / "session.json").write_text(json.dumps(example_doc), encoding="utf-8")
    result = cli("import", work / "session.json", "--into", work / "new.jury")
    assert_refused(result, work, "session.json", "candidates[0].last_name", "10000000 caractères pour 100 au plus")


def test_import_refuses_a_nul_in_a_name(cli, work, example_doc):
    example_doc["jurors"][1]["first_name"] = "Mar\u0000c"
    (work / "session.json").write_text(json.dumps(example_doc), encoding="utf-8")
    result = cli("import", work / "session.json", "--into", work / "new.jury")
    assert_refused(result, work, "jurors[1].first_name", "U+0000")


def test_import_refuses_a_document_nested_a_hundred_thousand_deep(cli, work):
    (work / "session.json").write_text("[" * 100_000, encoding="utf-8")
    result = cli("import", work / "session.json", "--into", work / "new.jury")
    assert_refused(result, work, "session.json", "imbrication JSON trop profonde")


def test_import_refuses_a_file_over_the_size_bound(work, example_doc, monkeypatch, capsys):
    monkeypatch.setattr(validation, "MAX_FILE_BYTES", 4096)
    (work / "session.json").write_text(json.dumps(example_doc, indent=4), encoding="utf-8")
    assert (work / "session.json").stat().st_size > 4096
    assert main(["import", str(work / "session.json"), "--into", str(work / "new.jury")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "session.json : fichier trop volumineux" in error
    assert not (work / "new.jury").exists()


@pytest.mark.parametrize(
    ("where", "value", "field"),
    [
        (("session", "place"), "Lyon\nVénissieux", "session.place"),
        (("session", "ref"), "R" * 101, "session.ref"),
        (("candidates", 0, "ecf"), {"C" * 200: True}, "candidates[0].ecf"),
        (("final_interviews", 0, "notes"), "Bien.\x07", "final_interviews[0].notes"),
        (("title_decisions", 0, "justification"), "x" * (MAX_TEXT + 1), "title_decisions[0].justification"),
        (("referentiels", 0, "ccps", 0, "name"), "N" * (MAX_LABEL + 1), "referentiels[0].ccps[0].name"),
        (("candidates", 0, "birth_date"), "1" * 100_000, "candidates[0].birth_date"),  # the schema's turn
    ],
)
def test_every_text_of_a_session_is_checked_with_its_field(example_doc, where, value, field):
    target = example_doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    with pytest.raises(BadInput) as refused:
        parse_session(example_doc, ReferentielLibrary())
    assert refused.value.field == field
    assert len(refused.value.message) < 300


def test_free_texts_keep_their_lines(example_doc):
    example_doc["title_decisions"][0]["justification"] = "Points forts :\n\t- le plan d'actions"
    parsed = parse_session(copy.deepcopy(example_doc), ReferentielLibrary())
    assert parsed.data.title_decisions[0].justification == "Points forts :\n\t- le plan d'actions"


def test_a_referentiel_file_is_checked_too():
    document = json.loads((SHIPPED_REFERENTIELS / "RNCP39063.json").read_text(encoding="utf-8"))
    document["ccps"][1]["competencies"][0]["name"] = "Conduire\x00un entretien"
    with pytest.raises(BadInput) as refused:
        parse_referentiel(document)
    assert refused.value.field == "ccps[1].competencies[0].name"


# -- the window -------------------------------------------------------------------------------

ACTOR = "Claire Fontaine-Dumas"


@pytest.fixture
def context(tmp_path, qapp):
    from juryapp.gui.context import SessionContext

    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    opened = SessionContext(SessionStore.open(path), actor=ACTOR)
    yield opened
    opened.close()


def _ok(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_revocation_reason_is_refused_as_it_is_typed(context, qtbot):
    from juryapp.gui.revocation_dialog import RevocationDialog

    dialog = RevocationDialog(context, "Décision sur le titre", "C04")
    qtbot.addWidget(dialog)
    dialog.boxes["J1"].setChecked(True)
    dialog.boxes["J2"].setChecked(True)
    dialog.reason.setPlainText("Erreur de saisie.\nLe jury s'est trompé de candidat.")
    assert _ok(dialog)
    dialog.reason.insertPlainText("\x00")
    assert not _ok(dialog) and "Motif : caractère de contrôle U+0000 interdit" in dialog.problem.text()
    dialog.reason.setPlainText("x" * (MAX_TEXT + 1))
    assert not _ok(dialog) and "trop long" in dialog.problem.text()
    dialog.reason.setPlainText("Erreur de saisie.")
    assert _ok(dialog) and dialog.problem.text() == ""


def test_the_issuer_fields_are_limited_and_checked_as_they_are_typed(context, qtbot):
    from juryapp.gui.issuer_dialog import IssuerDialog

    dialog = IssuerDialog(context)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.editors["place"].setText("L" * 150)
    assert dialog.editors["place"].text() == "L" * MAX_NAME  # no more can be typed
    assert save.isEnabled()
    dialog.editors["authority"].setText("DREETS\x1bAuvergne")
    assert not save.isEnabled()
    assert dialog.error_label.text().startswith("Autorité de délivrance : caractère de contrôle U+001B")
    dialog.editors["authority"].setText("DREETS Auvergne-Rhône-Alpes")
    assert save.isEnabled() and dialog.error_label.text() == ""


def test_the_operator_name_is_checked_as_it_is_typed(context, qtbot):
    from juryapp.gui.operator_dialog import OperatorDialog

    dialog = OperatorDialog(context, "Jean Martin")
    qtbot.addWidget(dialog)
    assert _ok(dialog)
    dialog.names.setEditText("Jean\tMartin")
    assert not _ok(dialog) and "tabulation interdite" in dialog.problem.text()
    qtbot.keyClicks(dialog.names.lineEdit(), "x" * 200)
    assert len(dialog.names.currentText()) <= MAX_NAME


def test_a_signature_with_a_control_character_cannot_close_the_session(context, qtbot):
    from juryapp.gui.sign_off_dialog import SignOffDialog

    for line in ops.sign_off_needs(context.store).undecided:
        ref = line.split(" ", 1)[0]
        ops.record_final_interview(context.store, ref, dt.date(2026, 12, 8), ["J1", "J2"], actor=ACTOR)
        ops.decide(context.store, ref, "not_awarded", ["J1", "J2"], "Compétences non démontrées.", actor=ACTOR)
    context.reload()
    dialog = SignOffDialog(context)
    qtbot.addWidget(dialog)
    assert _ok(dialog)
    dialog.typed["J1"].setText("Claire\x00Fontaine-Dumas")
    assert not _ok(dialog)
    assert "Signature de" in dialog.error_label.text() and "U+0000" in dialog.error_label.text()
    dialog.typed["J1"].setText("Claire Fontaine-Dumas")
    assert _ok(dialog) and dialog.error_label.text() == ""


def test_an_overlong_title_justification_is_said_and_not_saved(context, qtbot):
    from juryapp.gui.deliberation_panel import DeliberationPanel

    panel = DeliberationPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C02")
    before = context.store.history("C02")
    panel.justification.setFocus()
    panel.justification.setPlainText("x" * (MAX_TEXT + 1))
    assert "Motivation : texte trop long" in panel.status.text()
    assert not panel.save()
    assert context.store.history("C02") == before


def test_final_interview_notes_with_a_control_character_are_not_recorded(context, qtbot):
    from juryapp.gui.final_interview_panel import FinalInterviewPanel

    panel = FinalInterviewPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C04")
    panel.held_box.click()
    recorded = next(f for f in context.state.data.final_interviews if f.candidate == "C04")
    panel.notes_edit.setPlainText("Présentation claire\x1b.")
    assert "Notes : caractère de contrôle U+001B" in panel.status_label.text()
    panel.flush()
    assert next(f for f in context.state.data.final_interviews if f.candidate == "C04") == recorded
    assert "U+001B" in panel.status_label.text()


def test_the_ccp_reason_says_its_problem_at_once(context, qtbot):
    from juryapp.gui.evaluation_panel import EvaluationPanel

    panel = EvaluationPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C10")
    tab = panel.ccp_tab("CCP1")
    tab.justification_edit.setPlainText("Négociation\x00")
    assert tab.justification_edit.problem() is not None
    assert "Motivation : caractère de contrôle U+0000" in tab.status_text()
    tab.justification_edit.setPlainText("Négociation non conduite.")
    assert "U+0000" not in tab.status_text()


def test_an_observation_over_the_limit_stays_in_the_editor(context, qtbot):
    from juryapp.gui.evaluation_grid import EvaluationGridModel, EvaluationGridView, ObservationDelegate

    model = EvaluationGridModel(context, "CCP1", "C10")
    view = EvaluationGridView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ObservationDelegate(view))
    view.show()
    index = model.index(0, model.column_of("entretien_technique"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QPlainTextEdit)
    assert editor is not None
    editor.setPlainText("Bien.\x07")
    assert "U+0007" in editor.accessibleDescription()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.findChild(QPlainTextEdit) is editor and editor.isVisible()  # Enter did not validate it
    assert not [e for e in context.store.snapshot().evaluations if e.candidate == "C10"]
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(index, "x" * (MAX_TEXT + 1))
    assert "trop long" in refused.args[0]
    assert not [e for e in context.store.snapshot().evaluations if e.candidate == "C10"]
