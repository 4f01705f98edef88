"""Where juryapp finds its shipped resources and keeps the user's own data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
SHIPPED_REFERENTIELS = RESOURCES / "referentiels"
SCHEMAS = PROJECT_ROOT / "docs" / "schemas"


def user_data_dir() -> Path:
    """The user's juryapp folder; JURYAPP_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("JURYAPP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("juryapp", appauthor=False))


def user_referentiels_dir() -> Path:
    return user_data_dir() / "referentiels"
