"""Build the interface's translation catalogues: the `.ts` sources and their compiled `.qm`.

The interface is written in French (the default: no catalogue is needed). This script

1. extracts every user-visible string (context "juryapp" unless said otherwise):
   - each `tr("…")` literal of `juryapp/gui/*.py` (see `juryapp.gui.context.tr`);
   - each `tr_noop("…")` literal of `juryapp/gui/*.py`: a label kept in a table of the interface
     (column titles, a file filter, a question asked in several places) and translated where it
     is shown with `tr(value)` (`juryapp.gui.context.tr_noop`, Qt's QT_TRANSLATE_NOOP);
   - the string values of the core's label tables listed in `CORE_TABLES` (module, attribute and,
     for a table of records, the fields that are labels): the core does not import Qt, so its
     labels cannot be marked; the interface shows them with `tr(value)`. The module is imported
     and the table read as it is: a mapping gives its values (never its keys), a tuple or list its
     items, a record the fields named. A table that disappears fails the extraction. The sentence
     « 2 CCP décidés sur 2, entretien fait, titre à décider » is one of them: its parts are the
     templates of `juryapp.rules.progress.PART_TEMPLATES`, each translated on its own. So are the
     rules' findings: `Finding.message` stays French (documents, exports), `Finding.parts` gives
     each of its sentences as a template of `juryapp.rules.messages.MESSAGES` with its values,
     pieces of `WORDS`, `PATHWAY_WORDS`, `SESSION_WORDS`, the list template of
     `juryapp.rules.phrases` and labels of `CONFLICT_LABELS` among them
     (`juryapp.gui.candidate_model.finding_text`). So are the sign-off's sentences (subjects to
     confirm, outcomes still to decide, why a sign-off is refused): `Subject.parts` and the
     `juryapp.rules.phrases.Said` lines of `juryapp.rules.sign_off` are templates of
     `SIGN_OFF_MESSAGES` with pieces of `SIGN_OFF_WORDS` (`juryapp.gui.sign_off_dialog`,
     `juryapp.gui.session_header`);
   - each `QCoreApplication.translate(ctx, "…")` of the compiled Designer forms
     `juryapp/gui/forms/ui_*.py` (context: the form's class);
2. merges them into `translations/juryapp_en.ts` (the English catalogue, written by hand: existing
   translations are kept, new strings are added unfinished, vanished ones are marked obsolete) and
   `translations/juryapp_fr_pseudo.ts` (the pseudo-translation, filled automatically: each string
   lengthened by 40 % with accented letters and padding, placeholders and mnemonics kept);
3. compiles both into `juryapp/resources/i18n/juryapp_<language>.qm` with pyside6-lrelease.

`tr(...)` called on a variable is seen only through the above: a label of a new table must be
marked with `tr_noop` (in the interface) or its table added to `CORE_TABLES` (in the core), else
it stays in French (tests/test_gui_strings_translated.py opens the window in English and fails
on any string it asks for that the English catalogue does not translate).
A sentence made of pieces is translated whole, as one template with its values
(`tr("niveau {level}, valide du {start} au {end}").format(...)`), never word by word.

Usage: python scripts/build_translations.py [--no-compile]
"""

from __future__ import annotations

import argparse
import ast
import importlib
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GUI_DIR = ROOT / "juryapp" / "gui"
FORMS_DIR = GUI_DIR / "forms"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "juryapp" / "resources" / "i18n"
GUI_CONTEXT = "juryapp"

# The marker of a label kept in a table of the interface (`juryapp.gui.context.tr_noop`).
NOOP_MARKER = "tr_noop"


@dataclass(frozen=True)
class CoreTable:
    """A table of French labels of the core that the interface translates with `tr(value)`:
    `attribute` of `module` (dotted for a class attribute); for a table of records, the `fields`
    of each record that are labels."""

    module: str
    attribute: str
    fields: tuple[str, ...] = ()


CORE_TABLES: tuple[CoreTable, ...] = (
    CoreTable("juryapp.model", "PATHWAY_LABELS"),
    CoreTable("juryapp.model", "ATTENDANCE_LABELS"),
    CoreTable("juryapp.model", "CONFLICT_LABELS"),
    CoreTable("juryapp.model", "SESSION_KIND_LABELS"),
    CoreTable("juryapp.model", "CCP_DECISION_LABELS"),
    CoreTable("juryapp.model", "AWARD_LABELS"),
    CoreTable("juryapp.model", "DOCUMENT_LABELS"),
    CoreTable("juryapp.model", "ASSESSMENT_LABELS"),
    CoreTable("juryapp.model", "MARK_LABELS"),
    CoreTable("juryapp.rules.codes", "CODE_INFO", ("label", "remedy")),  # finding_label, Finding.remedy
    CoreTable("juryapp.rules.progress", "PART_TEMPLATES"),  # Progress.parts
    CoreTable("juryapp.rules.messages", "MESSAGES"),  # Finding.parts (finding_text)
    CoreTable("juryapp.rules.messages", "WORDS"),  # their pieces (Phrase values)
    CoreTable("juryapp.rules.messages", "PATHWAY_WORDS"),
    CoreTable("juryapp.rules.messages", "SESSION_WORDS"),
    CoreTable("juryapp.rules.phrases", "LIST_TEMPLATES"),  # « CCP1, CCP2 et CCP3 » (Listing values)
    CoreTable("juryapp.rules.messages", "SIGN_OFF_MESSAGES"),  # Subject.parts, the Said lines of the sign-off
    CoreTable("juryapp.rules.messages", "SIGN_OFF_WORDS"),  # their pieces
    CoreTable("juryapp.settings", "OPTIONS", ("label",)),  # the centre's preferences
    CoreTable("juryapp.storage.common", "TABLE_LABELS"),  # VersionRecord.label (the history)
    CoreTable("juryapp.documents.data", "KIND_LABELS"),  # DocumentMeta.label (the documents' preview)
)

# language code -> (catalogue name, target language of the TS file)
CATALOGUES: dict[str, tuple[str, str]] = {
    "en": ("juryapp_en", "en_GB"),
    "pseudo": ("juryapp_fr_pseudo", "fr_FR"),
}

# What a translation must carry over untouched: format fields ({name}, {0}, {{ }}), Qt arguments
# (%1, %n, %L1), printf fields, HTML tags and entities, and keyboard mnemonics (&x, &&).
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%L?\d+|%n|%[sd]|<[^<>]+>|&[a-zA-Z]+;|&&|&(?=\w)")
ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "äëïöüÿÄËÏÖÜŸçñÇÑ")
PSEUDO_GROWTH = 0.4


@dataclass
class Message:
    """One source string of a context, with where it comes from and its translation."""

    source: str
    locations: list[str] = field(default_factory=list)
    translation: str = ""
    kind: str = "unfinished"  # "" (finished), "unfinished" or "obsolete"


def placeholders(text: str) -> list[str]:
    """The placeholders and mnemonics of `text`, sorted (a translation must carry the same)."""
    return sorted(PLACEHOLDER.findall(text))


def pseudo_translate(text: str) -> str:
    """`text` accented and lengthened by 40 %, between brackets: « [Ënrëgïstrër ~~~~] ».

    Placeholders, tags and mnemonics are kept as they are; the letter after a mnemonic too, so the
    shortcut does not change.
    """
    if not text.strip():
        return text
    parts: list[str] = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        parts.append(text[position : match.start()].translate(ACCENTS))
        token = match.group(0)
        parts.append(token)
        position = match.end()
        if token == "&" and position < len(text):  # the mnemonic letter stays as it is
            parts.append(text[position])
            position += 1
    parts.append(text[position:].translate(ACCENTS))
    extra = max(1, math.ceil(len(text) * PSEUDO_GROWTH))
    return "[" + "".join(parts) + " " + "~" * max(1, extra - 3) + "]"


# -- extraction ----------------------------------------------------------------------------


def _literal(node: ast.expr) -> str | None:
    """The string of a literal argument (implicit concatenation included), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _relative(path: Path) -> str:
    return "../" + path.relative_to(ROOT).as_posix()


def extract() -> dict[str, dict[str, Message]]:
    """Every translatable string of the interface: context -> source -> message, in file order."""
    contexts: dict[str, dict[str, Message]] = {}

    def add(context: str, source: str, path: Path, line: int) -> None:
        messages = contexts.setdefault(context, {})
        message = messages.setdefault(source, Message(source))
        location = f"{_relative(path)}:{line}"
        if location not in message.locations:
            message.locations.append(location)

    for path in sorted(GUI_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", NOOP_MARKER):
                text = _literal(node.args[0]) if node.args else None
                if text is not None:
                    add(GUI_CONTEXT, text, path, node.lineno)
    for table in CORE_TABLES:
        path, lines = _core_source(table.module)
        for text in _table_strings(table):
            add(GUI_CONTEXT, text, path, lines.get(text, 1))
    for path in sorted(FORMS_DIR.glob("ui_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
            ):
                context, text = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and text is not None:
                    add(context, text, path, node.lineno)
    for messages in contexts.values():  # ast.walk is breadth-first: order by place in the file
        ordered = sorted(messages.values(), key=lambda m: _sort_key(m.locations[0]))
        messages.clear()
        messages.update((m.source, m) for m in ordered)
    return dict(sorted(contexts.items(), key=lambda item: (item[0] != GUI_CONTEXT, item[0])))


def _core_source(module: str) -> tuple[Path, dict[str, int]]:
    """The file of a core module and, for each string literal in it, the line it first appears on."""
    path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
    lines: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            lines[node.value] = min(lines.get(node.value, node.lineno), node.lineno)
    return path, lines


def _table_strings(table: CoreTable) -> list[str]:
    """The labels of a core table, read from the imported module (see CORE_TABLES)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    value: Any = importlib.import_module(table.module)
    for name in table.attribute.split("."):
        if not hasattr(value, name):
            raise SystemExit(f"{table.module}.{table.attribute} introuvable : mettre à jour CORE_TABLES")
        value = getattr(value, name)
    found = list(_strings(value, table.fields))
    if not found:
        raise SystemExit(f"{table.module}.{table.attribute} : aucun libellé trouvé (CORE_TABLES)")
    return found


def _strings(value: Any, fields: tuple[str, ...]) -> Iterator[str]:
    if isinstance(value, str):
        if value.strip():
            yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item, fields)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item, fields)
    else:
        for name in fields:
            yield from _strings(getattr(value, name), ())


def _sort_key(location: str) -> tuple[str, int]:
    path, _, line = location.rpartition(":")
    return path, int(line)


# -- TS files ------------------------------------------------------------------------------


def read_ts(path: Path) -> dict[str, dict[str, Message]]:
    """The messages of a TS file (empty when it does not exist yet)."""
    contexts: dict[str, dict[str, Message]] = {}
    if not path.exists():
        return contexts
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        messages = contexts.setdefault(name, {})
        for element in context.iter("message"):
            source = element.findtext("source") or ""
            translation = element.find("translation")
            text = translation.text or "" if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else "unfinished"
            messages[source] = Message(source, [], text, kind)
    return contexts


def merge(
    extracted: dict[str, dict[str, Message]], existing: dict[str, dict[str, Message]]
) -> dict[str, dict[str, Message]]:
    """The extracted strings with the existing translations; the vanished ones marked obsolete."""
    merged: dict[str, dict[str, Message]] = {}
    for context, messages in extracted.items():
        old = existing.get(context, {})
        out = merged.setdefault(context, {})
        for source, message in messages.items():
            previous = old.get(source)
            if previous is not None and previous.translation:
                kind = "unfinished" if previous.kind == "unfinished" else ""
                out[source] = Message(source, message.locations, previous.translation, kind)
            else:
                out[source] = Message(source, message.locations)
    for context, messages in existing.items():
        out = merged.setdefault(context, {})
        for source, message in messages.items():
            if source not in out and message.translation:
                out[source] = Message(source, [], message.translation, "obsolete")
    return merged


def write_ts(path: Path, language: str, contexts: dict[str, dict[str, Message]]) -> None:
    """Write `contexts` as a Qt Linguist TS file (source language French)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="fr_FR")
    for name, messages in contexts.items():
        if not messages:
            continue
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in messages.values():
            element = ET.SubElement(context, "message")
            for location in message.locations:
                filename, _, line = location.rpartition(":")
                ET.SubElement(element, "location", filename=filename, line=line)
            ET.SubElement(element, "source").text = message.source
            translation = ET.SubElement(element, "translation")
            translation.text = message.translation
            if message.kind:
                translation.set("type", message.kind)
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def fill_pseudo(contexts: dict[str, dict[str, Message]]) -> dict[str, dict[str, Message]]:
    """Every current string pseudo-translated (the obsolete ones dropped)."""
    return {
        name: {
            source: Message(source, message.locations, pseudo_translate(source), "")
            for source, message in messages.items()
            if message.kind != "obsolete"
        }
        for name, messages in contexts.items()
    }


# -- compilation ---------------------------------------------------------------------------


def lrelease() -> str:
    """The pyside6-lrelease beside the running interpreter, or the one on the PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease introuvable : installer PySide6 (pip install -e .[dev])")
    return found


def compile_qm(ts_path: Path, qm_path: Path) -> None:
    """Compile a TS file into its QM file (unfinished and obsolete strings left out)."""
    qm_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [lrelease(), "-silent", "-nounfinished", "-removeidentical", str(ts_path), "-qm", str(qm_path)],
        check=True,
    )


def build(compile_catalogues: bool = True) -> dict[str, dict[str, dict[str, Message]]]:
    """Extract, merge, write the TS files and (unless told not to) compile them; the catalogues."""
    extracted = extract()
    catalogues: dict[str, dict[str, dict[str, Message]]] = {}
    for language, (name, ts_language) in CATALOGUES.items():
        ts_path = TS_DIR / f"{name}.ts"
        merged = merge(extracted, read_ts(ts_path))
        if language == "pseudo":
            merged = fill_pseudo(merged)
        write_ts(ts_path, ts_language, merged)
        catalogues[language] = merged
        if compile_catalogues:
            compile_qm(ts_path, QM_DIR / f"juryapp_{language}.qm")
    return catalogues


def coverage(contexts: dict[str, dict[str, Message]]) -> tuple[int, int]:
    """(translated, total) among the current strings of a catalogue."""
    current = [m for messages in contexts.values() for m in messages.values() if m.kind != "obsolete"]
    return sum(1 for m in current if m.translation and m.kind == ""), len(current)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-compile", action="store_true", help="write the .ts files only")
    args = parser.parse_args(argv)
    catalogues = build(compile_catalogues=not args.no_compile)
    done, total = coverage(catalogues["en"])
    print(f"translations: English {done}/{total} strings translated; pseudo-translation complete")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
