"""The program's entry (`juryapp`, `python -m juryapp`): after a command that only reads, the
process ends as soon as its output is out (juryapp.cli.entry), with the same output and the same
exit code as `main`."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from juryapp.cli import READ_ONLY_COMMANDS, main


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "juryapp", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "JURYAPP_DATA_DIR": str(tmp_path / "data")}


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


def test_only_results_ends_early() -> None:
    assert READ_ONLY_COMMANDS == {"results"}


@pytest.mark.parametrize("json", [True, False])
def test_results_print_what_main_prints_and_end_with_its_status(demo: Path, env, json: bool) -> None:
    args = ["results", str(demo)] + (["--json"] if json else [])
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(args) == 0
    done = _run(*args, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == printed.getvalue()
    assert done.stdout.endswith("\n")


def test_a_refused_results_keeps_its_status_and_message(tmp_path: Path, env) -> None:
    done = _run("results", str(tmp_path / "absent.jury"), env=env)
    assert done.returncode == 2
    assert "fichier introuvable" in done.stderr
    assert done.stdout == ""


def test_a_reader_gone_before_the_output_gets_a_status_and_no_traceback(demo: Path, env) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # `juryapp results … | true`: nobody reads
    try:
        done = subprocess.run(
            [sys.executable, "-m", "juryapp", "results", str(demo), "--json"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
