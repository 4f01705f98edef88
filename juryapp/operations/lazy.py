"""Names an application-layer module hands on from the core, imported when first asked for.

The window imports `juryapp.operations` at start-up; the documents package (ReportLab, pypdf,
cryptography) is loaded only when a name from it is used (PEP 562 module `__getattr__`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_names(module: str, names: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` giving each of `names` (name -> module holding it) on first use."""

    def __getattr__(name: str) -> Any:
        if name in names:
            return getattr(importlib.import_module(names[name]), name)
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__
