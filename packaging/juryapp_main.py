"""The frozen application's entry point: the `juryapp` command (juryapp.cli.entry), as installed.

No multiprocessing.freeze_support(): printing forks its workers on Linux only (juryapp/documents/
batch.py), which re-runs no program; Windows prints in one process.
"""

from juryapp.cli import entry

if __name__ == "__main__":
    entry()
