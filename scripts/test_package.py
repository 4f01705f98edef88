"""`make test-package`: the packaged application (dist/juryapp/, built by `make package`) works on
its own, with no Python, no virtual environment and no source tree beside it.

It runs the frozen program, offscreen, from an empty folder and with a bare environment:

- the command line on a demo session: `demo`, `results` (table and JSON), `check`, `key new`,
  `print` (every PDF sealed or drafted), `verify` (a sealed convocation: authentic, in the register),
  `export` then `import` (the JSON schemas), `candidates template` (openpyxl), `package`
  (scrypt and AES-GCM), `referentiels` (the shipped référentiels are found);
- the window: it paints itself on the demo session (JURYAPP_EXIT_AFTER_FIRST_PAINT), then, opened
  on the session and on a hand-off package (what a double-click does), it stays up;
- the bundle: every resource folder of juryapp/resources, every module of juryapp (the compiled
  forms and the lazily imported ones included) and the libraries imported inside functions.

Exit status 0 when all is well, 1 at the first failure (saying which), 2 when no package is built.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import bundle  # noqa: E402  (packaging/bundle.py: what the specs put in)

WINDOWS = sys.platform == "win32"
DIST = Path(os.environ.get("JURYAPP_PACKAGE_DIR", ROOT / "dist" / "juryapp"))
# On Windows the window is juryapp.exe (no console: nothing to read); juryapp-cli.exe is the same program with one.
PROGRAM = DIST / ("juryapp-cli.exe" if WINDOWS else "juryapp")
INTERNAL = DIST / "_internal"
STAY_UP_SECONDS = float(os.environ.get("JURYAPP_TEST_STAY_UP", "8"))
TIMEOUT = 300
LARGE_CANDIDATES = 40  # 100 documents and more: the print is shared among forked workers


class Failed(Exception):
    pass


def bare_environment(folder: Path) -> dict[str, str]:
    """No Python of ours (no PYTHONPATH, no venv on PATH), the user's folders in `folder`, offscreen."""
    keep = ("PATH", "SYSTEMROOT", "SystemRoot", "TEMP", "TMP", "LANG", "LC_ALL", "WINDIR", "COMSPEC")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    venv_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and p != venv_bin)
    env.update(
        {
            "HOME": str(folder / "home"),
            "USERPROFILE": str(folder / "home"),
            "APPDATA": str(folder / "home" / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(folder / "home" / "AppData" / "Local"),
            "XDG_CONFIG_HOME": str(folder / "home" / ".config"),
            "XDG_DATA_HOME": str(folder / "home" / ".local" / "share"),
            "XDG_RUNTIME_DIR": str(folder / "runtime"),
            "JURYAPP_DATA_DIR": str(folder / "data"),
            "QT_QPA_PLATFORM": "offscreen",
            "JURYAPP_DEBUG": "1",  # an unexpected error shows its traceback
        }
    )
    (folder / "runtime").mkdir(mode=0o700, exist_ok=True)
    (folder / "home").mkdir(exist_ok=True)
    return env


def run(env: dict[str, str], cwd: Path, *args: str | Path, expect: int = 0) -> subprocess.CompletedProcess[str]:
    start = time.perf_counter()
    done = subprocess.run(
        [str(PROGRAM), *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT
    )
    shown = " ".join(str(a) for a in args)
    print(f"  juryapp {shown}: code {done.returncode} ({(time.perf_counter() - start) * 1000:.0f} ms)")
    if done.returncode != expect:
        raise Failed(f"juryapp {shown} : code {done.returncode}, {expect} attendu\n{done.stdout}\n{done.stderr}")
    return done


def command_line(env: dict[str, str], work: Path) -> Path:
    """The CLI steps; returns the demo session."""
    print("ligne de commande :")
    version = run(env, work, "--version").stdout
    if not version.startswith("juryapp "):
        raise Failed(f"--version : {version!r}")
    session = work / "demo.jury"
    run(env, work, "demo", session)
    if not session.is_file():
        raise Failed("demo n'a pas écrit la session")
    table = run(env, work, "results", session).stdout
    if "C01" not in table:
        raise Failed(f"results : pas de candidat C01\n{table}")
    results = json.loads(run(env, work, "results", session, "--json").stdout)
    if results.get("format") != "juryapp.results/1" or not results.get("candidates"):
        raise Failed(f"results --json : {str(results)[:300]}")
    run(env, work, "check", session)
    run(env, work, "referentiels")
    run(env, work, "key", "new")
    pdfs = work / "pdf"
    run(env, work, "print", session, "--out", pdfs)
    written = sorted(pdfs.glob("*.pdf"))
    if len(written) < 20 or any(p.read_bytes()[:5] != b"%PDF-" for p in written):
        raise Failed(f"print : {len(written)} PDF, ou un fichier qui n'est pas un PDF")
    verdict = run(env, work, "verify", pdfs / "convocation-C01.pdf", "--session", session).stdout
    if "authentique" not in verdict or "registre" not in verdict:
        raise Failed(f"verify : {verdict}")
    run(env, work, "verify", pdfs / "pv.pdf", expect=1)  # a draft: not sealed, said so (code 1)
    large_print(env, work)
    document = work / "session.json"
    run(env, work, "export", session, "--to", document)
    run(env, work, "import", document, "--into", work / "copie.jury")
    run(env, work, "candidates", "template", work / "modele.xlsx", "--session", session)
    passphrase = work / "phrase.txt"
    passphrase.write_text("une phrase secrète assez longue pour le test\n", encoding="utf-8")
    run(env, work, "package", session, "--to", work / "remise.jurypkg", "--passphrase-file", passphrase)
    return session


def large_print(env: dict[str, str], work: Path) -> None:
    """A print large enough to be shared among forked workers (documents/batch.py, Linux)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_results import large_session_document

    source = work / "grande.json"
    source.write_text(json.dumps(large_session_document(LARGE_CANDIDATES), ensure_ascii=False), encoding="utf-8")
    session = work / "grande.jury"
    run(env, work, "import", source, "--into", session)
    out = work / "grande-pdf"
    run(env, work, "print", session, "--out", out)
    count = len(list(out.glob("*.pdf")))
    if count < 100:
        raise Failed(f"print d'une session de {LARGE_CANDIDATES} candidats : {count} PDF")
    print(f"  {count} PDF pour {LARGE_CANDIDATES} candidats")


def _stop(child: subprocess.Popen[str]) -> tuple[str, str]:
    if child.poll() is None:
        child.terminate()  # SIGTERM; TerminateProcess on Windows
        try:
            return child.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
    return child.communicate()


def window(env: dict[str, str], work: Path, session: Path) -> None:
    print("fenêtre :")
    start = time.perf_counter()
    painted = subprocess.run(
        [str(PROGRAM), "open", str(session)],
        cwd=work,
        env={**env, "JURYAPP_EXIT_AFTER_FIRST_PAINT": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    if painted.returncode != 0 or "juryapp-painted " not in painted.stdout:
        raise Failed(
            f"la fenêtre ne s'est pas affichée (code {painted.returncode})\n{painted.stdout}\n{painted.stderr}"
        )
    print(f"  affichée et remplie en {(time.perf_counter() - start) * 1000:.0f} ms (processus entier)")
    for opened in (session, work / "remise.jurypkg"):
        child = subprocess.Popen(
            [str(PROGRAM), "open", str(opened)],
            cwd=work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(STAY_UP_SECONDS)
        code = child.poll()
        out, err = _stop(child)
        if code is not None or "Traceback" in err:
            raise Failed(f"juryapp open {opened.name} : la fenêtre s'est fermée (code {code})\n{out}\n{err}")
        print(f"  juryapp open {opened.name} : toujours ouverte après {STAY_UP_SECONDS:.0f} s")


def bundle_contents() -> None:
    print("contenu :")
    resources = INTERNAL / "juryapp" / "resources"
    for folder in bundle.RESOURCE_FOLDERS:
        source = ROOT / "juryapp" / "resources" / folder
        if not source.is_dir():
            continue  # i18n, before it exists
        shipped = {p.relative_to(source) for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
        packaged = {p.relative_to(resources / folder) for p in (resources / folder).rglob("*") if p.is_file()}
        if shipped - packaged:
            raise Failed(f"resources/{folder} : manquent {sorted(map(str, shipped - packaged))[:5]}")
        print(f"  resources/{folder} : {len(shipped)} fichiers")
    translations = list((INTERNAL / "PySide6" / "Qt" / "translations").glob("qtbase_fr.qm"))
    if not translations:
        raise Failed("la traduction française de Qt (qtbase_fr.qm) manque")

    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        print("  modules : PyInstaller absent, non vérifiés")
        return
    archive = CArchiveReader(str(PROGRAM))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    ours = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in (ROOT / "juryapp").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    wanted = ours | set(bundle.LAZY_IMPORTS)
    missing = sorted(name for name in wanted if name not in modules and not _extension(name))
    if missing:
        raise Failed(f"modules absents du paquet : {missing[:10]}")
    print(f"  modules : les {len(ours)} de juryapp et les {len(bundle.LAZY_IMPORTS)} importés à la demande")


def _extension(module: str) -> bool:
    """Whether `module` is in the bundle as a compiled extension or a folder (PySide6.QtPrintSupport, pypdfium2_raw)."""
    path = INTERNAL.joinpath(*module.split("."))
    return path.is_dir() or any(path.parent.glob(path.name + (".*pyd" if WINDOWS else ".*so")))


def main() -> int:
    if not PROGRAM.is_file():
        print(f"test-package : {PROGRAM} absent ; construisez-le d'abord (make package)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="juryapp-package-") as name:
        work = Path(name)
        env = bare_environment(work)
        try:
            session = command_line(env, work)
            window(env, work, session)
            bundle_contents()
        except (Failed, subprocess.TimeoutExpired) as failure:
            sys.stdout.flush()
            print(f"test-package : ÉCHEC — {failure}", file=sys.stderr)
            return 1
    size = sum(p.stat().st_size for p in DIST.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"test-package : le paquet fonctionne ({DIST}, {size / 1e6:.0f} Mo, {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
