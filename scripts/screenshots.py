"""Screenshots of every panel and dialog of juryapp, from the demo session, at 1366×768 and at 200 %.

Run by `make screenshots`. The script runs itself twice, in subprocesses, once per scale (the
factor, QT_SCALE_FACTOR, must be set before QApplication exists), offscreen, with a temporary
data folder and temporary settings (never the user's). Each screen of `SCREENS` gives two files
in docs/screenshots/: `NN-name-1366.png` (a 1366×768 screen) and `NN-name-200.png` (the same at
200 %, twice as many pixels). The PNGs are reduced to 256 colours when Pillow is there. The
screens the user guide shows (`GUIDE_IMAGES`) are copied beside its pages, in docs/guide/, as
`scripts/build_guide.py` packages the images found there (only from docs/screenshots/: a run
with `--out` elsewhere leaves the guide alone).

    python scripts/screenshots.py            # both scales
    python scripts/screenshots.py --scale 2  # one scale, in this process (what the subprocesses run)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshot_screens import LEFT_OUT, SCREENS  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
GUIDE = ROOT / "docs" / "guide"
SCALES = {"1366": 1, "200": 2}
WIDTH, HEIGHT = 1366, 768
# The guide's images: the screen's 1366 picture, copied as docs/guide/capture-<name>.png.
GUIDE_IMAGES = (
    "01-dossier",
    "02-grille",
    "03-entretien-final",
    "04-deliberation",
    "06-historique",
    "08-nouvelle-session",
    "09-candidats",
    "12-planning",
    "14-reprendre-du-jury",
    "17-sauvegardes",
    "18-cloture",
)

__all__ = ["GUIDE_IMAGES", "LEFT_OUT", "SCREENS", "main"]


def screen_config(folder: Path, factor: int) -> Path:
    """The offscreen platform's one screen: 1366×768 at 100 %, 2732×1536 at 200 % (1366×768 logical)."""
    config = folder / f"screen-{factor}.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": WIDTH * factor, "height": HEIGHT * factor}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return config


def private_environment(folder: Path, factor: int) -> dict[str, str]:
    """A subprocess's environment: offscreen, its own data folder and settings, the scale factor."""
    env = dict(os.environ)
    for name in ("data", "config", "cache", "home"):
        (folder / name).mkdir(exist_ok=True)
    env |= {
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen_config(folder, factor)}",
        "QT_SCALE_FACTOR": str(factor),
        "JURYAPP_DATA_DIR": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_CACHE_HOME": str(folder / "cache"),
        "HOME": str(folder / "home"),
        "LANG": "fr_FR.UTF-8",
    }
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)
    return env


def optimise(path: Path) -> None:
    """`path` as a 256-colour PNG (flat UI colours: no visible loss, a quarter of the size)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as picture:
        reduced = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    reduced.save(path, optimize=True)


def main(out: Path = OUT, only: list[str] | None = None) -> list[Path]:
    """Both scales, each in its own subprocess; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="juryapp-shots-") as temp:
        for suffix, factor in SCALES.items():
            folder = Path(temp) / suffix
            folder.mkdir()
            command = [sys.executable, str(Path(__file__).resolve()), "--scale", str(factor), "--out", str(out)]
            for name in only or []:
                command += ["--only", name]
            done = subprocess.run(command, env=private_environment(folder, factor), capture_output=True, text=True)
            if done.returncode != 0:
                sys.stderr.write(done.stdout + done.stderr)
                raise SystemExit(f"screenshots : l'échelle {suffix} a échoué")
            written += [Path(line) for line in done.stdout.splitlines() if line.endswith(".png")]
    for path in written:
        optimise(path)
    if out.resolve() == OUT.resolve():  # the guide takes the committed pictures, never a trial run's
        for name in GUIDE_IMAGES:
            source = out / f"{name}-1366.png"
            if source.exists() and (only is None or name in only):
                shutil.copyfile(source, GUIDE / f"capture-{name.split('-', 1)[1]}.png")
    return written


def shoot(factor: int, out: Path, only: list[str] | None) -> None:
    """In this process: every screen at `factor`, printed one path a line."""
    from screenshot_screens import shoot_all

    suffix = {v: k for k, v in SCALES.items()}[factor]
    for path in shoot_all(out, suffix, only):
        print(path, flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, choices=sorted(SCALES.values()))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", action="append", help="a screen's name, e.g. 01-dossier (repeatable)")
    arguments = parser.parse_args()
    if arguments.scale is None:
        for written_path in main(arguments.out, arguments.only):
            print(written_path.relative_to(ROOT) if written_path.is_relative_to(ROOT) else written_path)
        total = sum(p.stat().st_size for p in arguments.out.glob("*.png"))
        print(f"{len(list(arguments.out.glob('*.png')))} captures, {total / 1e6:.1f} Mo")
    else:
        shoot(arguments.scale, arguments.out, arguments.only)
