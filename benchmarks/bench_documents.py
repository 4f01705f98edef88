"""`juryapp print` of a signed 200-candidate session (issue 10, point 3), against a plain Python
process writing as many one-page ReportLab PDFs with the same embedded TrueType font.

Both are whole processes, as the user waits for them: the real command (`python -m juryapp
print FILE --out DIR`, every document sealed with the centre's key and registered) and a child
Python process that only imports ReportLab, registers one DejaVu face from
juryapp/resources/fonts and writes one single-page PDF per file the print wrote. The session is
signed off once; each run prints a fresh copy of it into a new folder (a print registers what it
issues). The runs of both are interleaved, so that a slower moment of the machine weighs on both
alike; the figure is the ratio of the medians of the wall-clock times. A second line gives the
ratio of the processor times (all processes of each run): a large print is shared among the
machine's processors, so its wall-clock time also depends on how many are free.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.bench_results import large_session_document
from benchmarks.common import report

CANDIDATES = 200
RUNS = max(3, int(os.environ.get("JURYAPP_BENCH_PRINT_RUNS", "5")))
FONT = "DejaVuSans.ttf"
SIGNERS = {"J1": "Claire Fontaine-Dumas", "J2": "Marc-Antoine Lefèbvre"}

# The baseline: one-page PDFs, each embedding (a subset of) the same TrueType font.
PLAIN = """
import sys
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

out, count, font = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
out.mkdir()
pdfmetrics.registerFont(TTFont("DejaVuSans", font))
for number in range(count):
    canvas = Canvas(str(out / f"page-{number:04d}.pdf"), pagesize=A4, initialFontName="DejaVuSans")
    canvas.setFont("DejaVuSans", 12)
    for line, text in enumerate(
        (
            "TITRE PROFESSIONNEL",
            "Négociateur technico-commercial",
            f"Anaïs LEFÈVRE-{number}",
            "Date et lieu de naissance : 02/03/1994 à Lyon (69)",
        )
    ):
        canvas.drawString(100, 700 - 20 * line, text)
    canvas.showPage()
    canvas.save()
"""


@contextlib.contextmanager
def _session_clock() -> Iterator[None]:
    """The demo session is held on 07–08/12/2026 and a sign-off cannot be dated after the moment
    it is recorded: the session is built on a clock just after it (as the tests do)."""
    import juryapp.storage.common as common

    real = common._now
    ticks = itertools.count()
    common._now = lambda: dt.datetime(2026, 12, 9, 9, 0) + dt.timedelta(seconds=next(ticks))
    try:
        yield
    finally:
        common._now = real


def signed_session(path: Path, count: int = CANDIDATES) -> None:
    """A session of `count` candidates, every épreuve scheduled (final convocations), decided and
    signed off by J1 and J2: a print issues every document it gives, sealed."""
    from juryapp import operations as ops
    from juryapp.demo import demo_session_document
    from juryapp.model import Confirmation
    from juryapp.operations.files import import_session_document
    from juryapp.storage.store import SessionStore

    document = large_session_document(count)
    absent = {c["ref"] for c in document["candidates"] if c["attendance"] == "absent"}
    for table in ("results", "final_interviews", "title_decisions"):
        document[table] = [row for row in document[table] if row["candidate"] not in absent]
    pattern = [e for e in demo_session_document("titre")["schedule"] if e["candidate"] == "C01"]
    document["schedule"] = [{**e, "candidate": c["ref"]} for c in document["candidates"] for e in pattern]
    with _session_clock():
        import_session_document(document, path)
        with SessionStore.open(path) as store:
            for line in ops.sign_off_needs(store).undecided:
                ref = line.split(" ", 1)[0]
                ops.record_final_interview(store, ref, dt.date(2026, 12, 8), ["J1", "J2"], actor="bench")
                ops.decide(store, ref, "not_awarded", ["J1", "J2"], "Compétences non démontrées.", actor="bench")
            data = store.snapshot()
            confirmations = []
            for subject in ops.sign_off_needs(store).to_confirm:
                person = data.candidate(subject.key) if subject.candidate else None
                reference = f"{person.first_name} {person.last_name}" if person else "Confirmé par le jury sur pièces"
                confirmations.append(Confirmation(subject.key, reference, "J1"))
            ops.sign_off(store, SIGNERS, actor="bench", at="2026-12-08T18:00:00", confirmations=tuple(confirmations))


def _processor_time() -> float:
    """User and system time of the finished child processes, so far (0 where not measurable)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall-clock time, processor time) of `command`, a whole process."""
    processor = _processor_time()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} : {done.stderr.strip() or done.stdout.strip()}")
    return elapsed, _processor_time() - processor


def run() -> None:
    from juryapp.paths import FONTS

    with tempfile.TemporaryDirectory(prefix="juryapp-bench-print-") as folder:
        root = Path(folder)
        # The centre's key lives in a data folder of this benchmark's own, never the user's.
        env = {**os.environ, "JURYAPP_DATA_DIR": str(root / "data"), "PYTHONIOENCODING": "utf-8"}
        (root / "data").mkdir()
        _run([sys.executable, "-m", "juryapp", "key", "new"], env)
        signed = root / "signed.jury"
        signed_session(signed)

        def print_once(number: int) -> tuple[tuple[float, float], int]:
            session, out = root / f"print-{number}.jury", root / f"print-{number}"
            shutil.copyfile(signed, session)
            times = _run([sys.executable, "-m", "juryapp", "print", str(session), "--out", str(out)], env)
            files = len(list(out.glob("*.pdf")))
            shutil.rmtree(out)
            session.unlink()
            return times, files

        def plain_once(number: int, count: int) -> tuple[float, float]:
            out = root / f"plain-{number}"
            times = _run([sys.executable, "-c", PLAIN, str(out), str(count), str(FONTS / FONT)], env)
            shutil.rmtree(out)
            return times

        _times, files = print_once(0)  # warm-up; how many files a print writes
        plain_once(0, files)
        measured, baseline = [], []
        for number in range(1, RUNS + 1):
            measured.append(print_once(number)[0])
            baseline.append(plain_once(number, files))
        name = f"juryapp print, session signée de {CANDIDATES} candidats ({files} PDF scellés et combinés)"
        baseline_name = f"{files} PDF d'une page écrits par ReportLab avec la même police TrueType incorporée ({FONT})"
        report(name, [wall for wall, _cpu in measured], [wall for wall, _cpu in baseline], baseline_name)
        if all(cpu > 0 for _wall, cpu in baseline):
            report(
                f"{name}, temps processeur",
                [cpu for _wall, cpu in measured],
                [cpu for _wall, cpu in baseline],
                "la même référence",
            )


if __name__ == "__main__":
    run()
