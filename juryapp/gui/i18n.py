"""The interface's language: French by default, English or the pseudo-translation on request.

The interface is written in French, so French needs no catalogue of ours (only Qt's own, for the
standard buttons and dialogs). `en` (for a reviewer who does not read French) and `pseudo` (the
French lengthened by 40 %, to find the labels that would be cut) load `juryapp_<language>.qm`,
compiled by `make translations` into `juryapp/resources/i18n/`.

The language comes from the JURYAPP_LANG environment variable, else from the `interface/language`
setting (QSettings), else French.
"""

from __future__ import annotations

import os
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

DEFAULT_LANGUAGE = "fr"
LANGUAGES = ("fr", "en", "pseudo")
ENVIRONMENT_VARIABLE = "JURYAPP_LANG"
SETTINGS_KEY = "interface/language"

# QTranslator.load(data) reads the buffer in place: each catalogue's bytes live as long as it does.
_BUFFERS: dict[int, bytes] = {}


def chosen_language() -> str:
    """The language asked for (environment, then settings), or French when none or unknown."""
    asked = os.environ.get(ENVIRONMENT_VARIABLE) or str(QSettings().value(SETTINGS_KEY, "") or "")
    asked = asked.strip().lower()
    return asked if asked in LANGUAGES else DEFAULT_LANGUAGE


def catalogue_data(language: str) -> bytes | None:
    """The compiled catalogue of `language` (None for French, or when it is not built)."""
    if language == DEFAULT_LANGUAGE:
        return None
    resource = resources.files("juryapp.resources").joinpath("i18n", f"juryapp_{language}.qm")
    try:
        return resource.read_bytes()
    except (FileNotFoundError, OSError):
        return None


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators of `language` (default: `chosen_language()`) on `app`; them.

    Qt's own French texts are installed unless the language is English; the interface's catalogue
    for `en` and `pseudo`. The translators are children of `app` (kept alive with it).
    """
    language = language if language in LANGUAGES else chosen_language()
    installed: list[QTranslator] = []
    if language != "en":
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase_fr", "qt_fr"):
            translator = QTranslator(app)
            if translator.load(name, folder) and app.installTranslator(translator):
                installed.append(translator)
    data = catalogue_data(language)
    if data is not None:
        translator = QTranslator(app)
        _BUFFERS[id(translator)] = data
        if translator.load(data) and app.installTranslator(translator):
            installed.append(translator)
        else:
            _BUFFERS.pop(id(translator), None)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translators` (tests switch languages within one application)."""
    for translator in translators:
        app.removeTranslator(translator)
        _BUFFERS.pop(id(translator), None)
        translator.deleteLater()
