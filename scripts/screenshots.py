"""Screenshots of every panel of the jury's window, from the demo session, at 1366×768.

Run by `make screenshots`; writes PNG files into docs/screenshots/ (linked from the README).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JURYAPP_DATA_DIR", tempfile.mkdtemp(prefix="juryapp-shots-"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from juryapp import operations  # noqa: E402
from juryapp.cli import import_session_document  # noqa: E402
from juryapp.demo import demo_session_document  # noqa: E402
from juryapp.gui.app import install_french_translations, open_main_window  # noqa: E402
from juryapp.gui.sign_off_dialog import SignOffDialog  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

SHOTS = [
    ("01-liste-et-dossier.png", "C05", 0),
    ("02-evaluation.png", "C02", 1),
    ("03-entretien-final.png", "C04", 2),
    ("04-deliberation.png", "C02", 3),
    ("05-deliberation-bloquee.png", "C05", 3),
    ("06-historique.png", "C01", 4),
]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out: Path = OUT) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_french_translations(app)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="juryapp-shots-"))
    path = folder / "demo.jury"
    import_session_document(demo_session_document("titre"), path, actor="démonstration")
    window = open_main_window(path)
    window.context.actor = "Claire Fontaine-Dumas"
    window.show_operator()
    window.resize(1366, 768)
    window.show()
    settle(app)
    written = []
    for name, ref, tab in SHOTS:
        window.select_candidate(ref)
        window.tabs.setCurrentIndex(tab)
        settle(app)
        target = out / name
        window.grab().save(str(target))
        written.append(target)
    written.append(sign_off_shot(app, window, out / "07-cloture.png"))
    window.close()
    window.context.close()
    return written


def sign_off_shot(app: QApplication, window, target: Path) -> Path:  # noqa: ANN001
    """« Clore la session » once every outcome is decided: signers, date and confirmations."""
    context = window.context
    context.store.clock = lambda: dt.datetime(2026, 12, 8, 18, 30)  # the demo's last day, evening
    for line in operations.sign_off_needs(context.store).undecided:
        ref = line.split(" ", 1)[0]
        operations.record_final_interview(context.store, ref, dt.date(2026, 12, 8), ["J1", "J2"], actor=context.actor)
        operations.decide(
            context.store, ref, "not_awarded", ["J1", "J2"], "Compétences du CCP2 non démontrées.", actor=context.actor
        )
    context.reload()
    dialog = SignOffDialog(context, window)
    dialog.typed["J1"].setText("Claire Fontaine-Dumas")
    dialog.show()
    settle(app)
    dialog.grab().save(str(target))
    dialog.close()
    return target


if __name__ == "__main__":
    for written_path in main():
        print(written_path)
