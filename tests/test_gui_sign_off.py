"""The window and DOMAIN.md §7: forbidden awards refused as they are entered, the sign-off
dialog (date, signers, confirmations), and revocations that can be cancelled without a trace."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TEST_NOW
from PySide6.QtWidgets import QDialogButtonBox

from juryapp import operations as ops
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.errors import BadInput
from juryapp.gui.context import SessionContext
from juryapp.gui.deliberation_panel import DeliberationPanel
from juryapp.gui.sign_off_dialog import SignOffDialog, default_moment
from juryapp.model import Confirmation
from juryapp.storage.store import SessionStore

ACTOR = "Claire Fontaine-Dumas"
SIGNERS = {"J1": "Claire Fontaine-Dumas", "J2": "Marc-Antoine Lefèbvre"}
CONFIRMATIONS = (
    Confirmation("C05", "Inès Moreau", "J1"),
    Confirmation("RNCP39063", "Arrêté du 17 mai 2024, JO du 25 mai 2024", "J2"),
)


@pytest.fixture
def context(tmp_path, qapp):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    opened = SessionContext(SessionStore.open(path), actor=ACTOR)
    yield opened
    opened.close()


def _decide_everyone(store):
    for line in ops.sign_off_needs(store).undecided:
        ref = line.split(" ", 1)[0]
        ops.record_final_interview(store, ref, dt.date(2026, 12, 8), ["J1", "J2"], actor=ACTOR)
        ops.decide(store, ref, "not_awarded", ["J1", "J2"], "Compétences non démontrées.", actor=ACTOR)


def test_a_forbidden_award_is_refused_as_it_is_entered_and_the_recorded_decision_stays(context, qtbot):
    panel = DeliberationPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C02")  # CCP2 non acquis, title not awarded
    before = context.store.history("C02")
    panel.awarded.click()
    assert "CCP2 est déclaré non acquis" in panel.status.text()
    assert panel.not_awarded.isChecked()  # the buttons show the recorded decision again
    assert context.store.history("C02") == before
    assert not context.state.outcomes["C02"].blockers


def test_cancelling_a_revocation_leaves_everything_as_it_was(context, qtbot):
    _decide_everyone(context.store)
    ops.sign_off(context.store, SIGNERS, actor=ACTOR, at="2026-12-08T18:00:00", confirmations=CONFIRMATIONS)
    context.reload()
    panel = DeliberationPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C07")
    asked = []
    context.reason_provider = lambda what, candidate: asked.append((what, candidate))  # returns None: cancelled
    history = context.store.history("C07")
    audit = len(context.store.audit_log())
    panel.undecided.click()
    assert asked == [("Retrait de la décision", "C07")]
    assert context.store.history("C07") == history and len(context.store.audit_log()) == audit
    assert panel.not_awarded.isChecked()
    assert context.state.outcomes["C07"].title == "not_awarded"


def test_the_sign_off_dialog_dates_signers_and_confirms(context, qtbot):
    _decide_everyone(context.store)
    context.reload()
    dialog = SignOffDialog(context)
    qtbot.addWidget(dialog)
    first, last = dialog.moment.minimumDateTime().toPython().date(), dialog.moment.maximumDateTime().toPython().date()
    assert (first, last) == (dt.date(2026, 12, 8), dt.date(2026, 12, 15))  # from the last day to a week after
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), dialog.intro.text()
    dialog.present["J3"].setChecked(False)
    dialog.typed["J1"].setText("Claire Fontaine-Dumas")
    dialog.typed["J2"].setText("Marc-Antoine Lefèbvre")
    rows = {row.subject.key: row for row in dialog.rows}
    rows["C05"].typed.setText("Karim Benali")  # not her name
    rows["RNCP39063"].typed.setText("Arrêté du 17 mai 2024, JO du 25 mai 2024")
    ok.click()
    assert not context.locked and "ne porte pas son nom" in dialog.error_label.text()
    rows["C05"].typed.setText("MOREAU Ines")
    ok.click()
    assert context.locked
    sign = context.state.data.sign_off
    assert sign.jurors == ("J1", "J2") and sign.date == TEST_NOW.date()  # now, inside the window
    assert {c.subject for c in sign.confirmations} == {"C05", "RNCP39063"}


def test_a_juror_not_habilitated_on_the_chosen_day_cannot_sign(context, qtbot):
    dialog = SignOffDialog(context)
    qtbot.addWidget(dialog)
    dialog.moment.setDateTime(dt.datetime(2026, 12, 8, 18, 0))
    assert dialog.present["J2"].isEnabled()  # Marc-Antoine Lefèbvre: habilitated until 31/03/2027
    assert "aucune décision sur le titre" in dialog.intro.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_default_moment_is_now_inside_the_window_else_the_nearest_day_at_six():
    first, last = dt.date(2026, 12, 8), dt.date(2026, 12, 15)
    assert default_moment(first, last, dt.datetime(2026, 12, 9, 10, 31, 12)) == dt.datetime(2026, 12, 9, 10, 31)
    assert default_moment(first, last, dt.datetime(2026, 12, 1, 9, 0)) == dt.datetime(2026, 12, 8, 18, 0)
    assert default_moment(first, last, dt.datetime(2027, 1, 4, 9, 0)) == dt.datetime(2026, 12, 15, 18, 0)


def test_a_session_not_over_cannot_be_closed(tmp_path, qapp, qtbot):
    """On 01/12/2026, a session held on 07–08/12/2026 cannot be signed off, even dated the 8th."""
    path = tmp_path / "early.jury"
    import_session_document(demo_session_document("titre"), path)
    store = SessionStore.open(path, clock=lambda: dt.datetime(2026, 12, 1, 10, 0))
    early = SessionContext(store, actor=ACTOR)
    try:
        _decide_everyone(store)
        early.reload()
        dialog = SignOffDialog(early)
        qtbot.addWidget(dialog)
        assert "n'est pas finie" in dialog.moment_note.text()
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        with pytest.raises(BadInput, match="après le moment où elle est enregistrée"):
            ops.sign_off(store, SIGNERS, actor=ACTOR, at="2026-12-08T18:00:00", confirmations=CONFIRMATIONS)
        assert not store.is_locked
    finally:
        early.close()


def test_the_dialogs_fit_1366x768_at_200_percent_text_without_squashing(context, qtbot, qapp):
    from PySide6.QtGui import QFont

    from juryapp.gui.issuer_dialog import IssuerDialog
    from juryapp.gui.revocation_dialog import RevocationDialog

    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        for dialog in (
            SignOffDialog(context),
            RevocationDialog(context, "Décision sur le titre", "C04"),
            IssuerDialog(context),
        ):
            qtbot.addWidget(dialog)
            dialog.resize(min(dialog.width(), 1366), min(dialog.height(), 768))
            dialog.show()
            qapp.processEvents()
            hint = dialog.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768, (type(dialog).__name__, hint)
            if isinstance(dialog, SignOffDialog):
                for edit in [*dialog.typed.values(), *(row.typed for row in dialog.rows)]:
                    assert edit.height() >= edit.sizeHint().height()
    finally:
        qapp.setFont(original)
