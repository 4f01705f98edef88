"""The `juryapp` commands of the secretariat: candidates (EXCHANGE.md §4)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Handler = Callable[[argparse.Namespace], int]


def add_commands(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    """Add this module's commands to the parser; their handlers by command name."""
    return {}
