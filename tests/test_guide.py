"""The user guide: `juryapp/resources/guide/` is the copy of `docs/guide/` (run `make guide` after
editing a page), every link between pages leads somewhere, and every page named for F1 exists."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import build_guide  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")  # a link, not an image
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def test_the_packaged_guide_is_the_copy_of_docs_guide() -> None:
    source = build_guide.guide_files(build_guide.GUIDE_SOURCE)
    copy = build_guide.guide_files(build_guide.GUIDE_PACKAGE)
    assert source, "docs/guide/ is empty"
    assert sorted(copy) == sorted(source), "juryapp/resources/guide/ stale: run `make guide`"
    stale = [name for name in source if copy[name] != source[name]]
    assert stale == [], f"stale in juryapp/resources/guide/: {stale}: run `make guide`"


def test_the_guide_travels_in_the_package() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"guide/*.md"' in pyproject


def test_the_guide_has_a_page_per_task() -> None:
    pages = {path.stem for path in build_guide.GUIDE_SOURCE.glob("*.md")}
    assert {
        "index",
        "preparer-une-session",
        "conduire-la-session",
        "deliberer",
        "imprimer",
        "verifier-un-document",
        "sauvegardes-et-restauration",
        "remise-au-secretariat",
        "dossier",
        "grille",
        "entretien-final",
        "historique",
    } <= pages


def test_every_link_leads_to_a_page_and_the_index_reaches_every_page() -> None:
    pages = {path.name: path.read_text(encoding="utf-8") for path in build_guide.GUIDE_SOURCE.glob("*.md")}
    for name, text in pages.items():
        assert text.startswith("# "), f"{name}: a page begins with its title"
        for target in LINK.findall(text):
            assert "://" not in target, f"{name}: the guide is read offline ({target})"
            assert target.split("#")[0] in pages, f"{name}: link to {target}, no such page"
        for image in IMAGE.findall(text):
            assert (build_guide.GUIDE_SOURCE / image).is_file(), f"{name}: no image {image}"
    linked = {target.split("#")[0] for target in LINK.findall(pages["index.md"])}
    assert linked == set(pages) - {"index.md"}


def _declared_help_pages() -> list[tuple[str, str]]:
    """Every `help_page = "…"` of the windows' modules (module, class or instance attribute)."""
    found = []
    for path in sorted((ROOT / "juryapp" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            for target in targets:
                name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", None)
                if name == "help_page" and isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.append((path.name, value.value))
    return found


def test_every_page_named_for_f1_exists(qapp) -> None:
    from juryapp.gui.help_viewer import has_page
    from juryapp.gui.main_window import HELP_PAGES

    named = list(HELP_PAGES.values()) + [page for _module, page in _declared_help_pages()]
    missing = [page for page in named if not has_page(page)]
    assert missing == [], f"pages named for F1 and absent from docs/guide/: {missing}"
