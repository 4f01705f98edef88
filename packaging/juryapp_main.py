"""The frozen application's entry point: the `juryapp` command (juryapp.cli.main), as installed.

No multiprocessing.freeze_support(): printing forks its workers on Linux only (juryapp/documents/
batch.py), which re-runs no program; Windows prints in one process.
"""

import sys

from juryapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
