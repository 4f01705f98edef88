"""The compiled forms in juryapp/gui/forms are those of ui/ (run `make forms` after editing a form)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import build_forms  # noqa: E402

FORMS = sorted(build_forms.FORMS_SOURCE.glob("*.ui"))


def test_there_are_forms() -> None:
    assert FORMS, "no form in ui/"


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_each_form_is_compiled_and_up_to_date(form: Path) -> None:
    target = build_forms.target_of(form)
    assert target.exists(), f"{target.name} missing: run `make forms`"
    assert target.read_text(encoding="utf-8") == build_forms.compiled(form), f"{target.name} stale: run `make forms`"


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_each_compiled_form_builds_its_widget(qtbot, form: Path) -> None:
    from PySide6.QtWidgets import QDialog, QWidget

    module = importlib.import_module(f"juryapp.gui.forms.{build_forms.target_of(form).stem}")
    ui_class = next(value for name, value in vars(module).items() if name.startswith("Ui_"))
    widget = QDialog() if "Dialog" in ui_class.__name__ else QWidget()
    qtbot.addWidget(widget)
    ui_class().setupUi(widget)
    assert widget.windowTitle()
