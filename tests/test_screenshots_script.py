"""`make screenshots` (scripts/screenshots.py) covers every dialog and panel of juryapp/gui, found by
reading the modules (no Qt): each QDialog subclass, each *Panel class and the guide's window is a
screen of the script's list, or is named in its LEFT_OUT with the reason; the guide's images exist."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "juryapp" / "gui"
sys.path.insert(0, str(ROOT / "scripts"))

import screenshot_screens  # noqa: E402
import screenshots  # noqa: E402

WINDOWS = {"help_viewer.HelpViewer", "main_window.MainWindow"}  # top-level windows that are not dialogs


def gui_classes() -> dict[str, list[str]]:
    """`module.Class` → its base names, for every class defined under juryapp/gui."""
    found: dict[str, list[str]] = {}
    for path in sorted(GUI.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
                found[f"{path.stem}.{node.name}"] = bases
    return found


def screens_to_cover() -> set[str]:
    """The dialogs (QDialog subclasses, directly or through another dialog class) and the panels."""
    classes = gui_classes()
    short = {name.split(".", 1)[1]: name for name in classes}
    dialogs: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, bases in classes.items():
            is_dialog = any(b == "QDialog" or (b in short and short[b] in dialogs) for b in bases)
            if is_dialog and name not in dialogs:
                dialogs.add(name)
                changed = True
    panels = {name for name in classes if name.endswith("Panel")}
    return dialogs | panels | WINDOWS


def test_every_dialog_and_panel_is_shot_or_said_why_not() -> None:
    covered = {cls for _name, classes in screenshot_screens.SCREENS for cls in classes}
    missing = screens_to_cover() - covered - set(screenshot_screens.LEFT_OUT)
    assert not missing, f"not in scripts/screenshot_screens.py SCREENS nor LEFT_OUT: {sorted(missing)}"
    assert all(reason.strip() for reason in screenshot_screens.LEFT_OUT.values())
    known = set(gui_classes())
    assert covered | set(screenshot_screens.LEFT_OUT) <= known, "a class named by the script no longer exists"


def test_each_screen_has_a_builder_and_a_well_formed_name() -> None:
    names = [name for name, _classes in screenshot_screens.SCREENS]
    assert len(names) == len(set(names))
    assert set(names) == set(screenshot_screens.BUILDERS)
    assert all(re.fullmatch(r"\d\d-[a-z0-9-]+", name) for name in names)
    numbers = [int(name[:2]) for name in names]
    assert numbers == sorted(numbers) == list(range(1, len(names) + 1))
    assert set(screenshots.GUIDE_IMAGES) <= set(names)


def test_the_images_linked_from_the_guide_and_the_readme_exist() -> None:
    for page in (ROOT / "docs" / "guide").glob("*.md"):
        for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", page.read_text(encoding="utf-8")):
            assert (page.parent / image).is_file(), f"{page.name}: {image}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for image in re.findall(r"!\[[^\]]*\]\((docs/screenshots/[^)]+)\)", readme):
        assert (ROOT / image).is_file(), image
