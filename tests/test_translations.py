"""The interface's catalogues: up to date with the sources, compiled, English, placeholders kept."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication

from juryapp.gui.i18n import catalogue_data, install_translators, remove_translators

ROOT = Path(__file__).resolve().parent.parent


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_translations", module)
    spec.loader.exec_module(module)
    return module


build = _load_script()

# Strings an English reader meets first: the menus and the titles of the dialogs.
MENU_FILE = "actions.py"
TITLE_CALLS = ("setWindowTitle",)


@pytest.fixture(scope="module")
def catalogues() -> dict[str, dict[str, dict[str, object]]]:
    return {language: build.read_ts(build.TS_DIR / f"{name}.ts") for language, (name, _) in build.CATALOGUES.items()}


def test_ts_files_are_up_to_date_with_the_sources(catalogues) -> None:
    extracted = build.extract()
    for language, contexts in catalogues.items():
        missing = [
            f"{context}: {source!r}"
            for context, messages in extracted.items()
            for source in messages
            if source not in contexts.get(context, {}) or contexts[context][source].kind == "obsolete"
        ]
        assert not missing, f"{language}: run `make translations`; new strings: {missing[:10]}"


def test_pseudo_catalogue_is_complete_and_longer(catalogues) -> None:
    for messages in catalogues["pseudo"].values():
        for source, message in messages.items():
            assert message.translation == build.pseudo_translate(source)
            if source.strip():
                assert len(message.translation) >= 1.4 * len(source)


def test_pseudo_translation_keeps_placeholders_and_mnemonics() -> None:
    assert build.pseudo_translate("&Enregistrer").startswith("[&Eñrëgïstrër")  # the mnemonic letter is kept
    text = build.pseudo_translate("Session ouverte : {path} (%1) <b>x</b> &amp;")
    for kept in ("{path}", "%1", "<b>", "</b>", "&amp;"):
        assert kept in text


def test_every_translation_keeps_the_placeholders(catalogues) -> None:
    wrong = [
        f"{language}/{context}: {source!r} -> {message.translation!r}"
        for language, contexts in catalogues.items()
        for context, messages in contexts.items()
        for source, message in messages.items()
        if message.translation and build.placeholders(message.translation) != build.placeholders(source)
    ]
    assert not wrong, "\n".join(wrong)


def test_english_covers_the_menus_and_the_dialog_titles(catalogues) -> None:
    english = catalogues["en"]
    extracted = build.extract()
    wanted: list[tuple[str, str]] = []
    for context, messages in extracted.items():
        for source, message in messages.items():
            in_menus = any(MENU_FILE in location for location in message.locations)
            is_title = context != build.GUI_CONTEXT and _is_window_title(message.locations)
            if in_menus or is_title:
                wanted.append((context, source))
    untranslated = [
        (context, source)
        for context, source in wanted
        if not english.get(context, {}).get(source) or english[context][source].kind != ""
    ]
    assert wanted and not untranslated, untranslated


def _is_window_title(locations: list[str]) -> bool:
    """Whether a form's string is set with setWindowTitle (read from the compiled form's line)."""
    for location in locations:
        path, _, line = location.rpartition(":")
        lines = (ROOT / path.removeprefix("../")).read_text(encoding="utf-8").splitlines()
        if any(call in lines[int(line) - 1] for call in TITLE_CALLS):
            return True
    return False


def test_english_catalogue_loads_and_translates(qapp) -> None:
    assert catalogue_data("en") and catalogue_data("pseudo")
    assert catalogue_data("fr") is None
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("juryapp", "&Session") == "&Session"
        assert QCoreApplication.translate("juryapp", "&Ouvrir…") == "&Open…"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("juryapp", "&Ouvrir…") == "&Ouvrir…"


def test_language_comes_from_the_environment(qapp, monkeypatch) -> None:
    from juryapp.gui import i18n

    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "pseudo")
    assert i18n.chosen_language() == "pseudo"
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "klingon")
    assert i18n.chosen_language() == "fr"
    translators = install_translators(qapp)
    try:
        assert QCoreApplication.translate("juryapp", "&Ouvrir…") == "&Ouvrir…"
    finally:
        remove_translators(qapp, translators)
