"""Where juryapp finds its shipped resources and keeps the user's own data.

The shipped resources (référentiels, fonts, document templates, JSON schemas) live inside the
package, in `juryapp/resources/`, and are found through `importlib.resources`: an installed
wheel, or a frozen application, carries them with the code.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

# The package is installed as plain files (wheel, editable checkout or frozen folder), never
# zipped: ReportLab and the SQLite reader need real paths, so the resource folder is one.
RESOURCES = Path(str(files("juryapp.resources")))
SHIPPED_REFERENTIELS = RESOURCES / "referentiels"
SCHEMAS = RESOURCES / "schemas"
FONTS = RESOURCES / "fonts"
TEMPLATES = RESOURCES / "templates"


def user_data_dir() -> Path:
    """The user's juryapp folder; JURYAPP_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("JURYAPP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when the user's folder is wanted (not by `results`)

    return Path(platformdirs.user_data_dir("juryapp", appauthor=False))


def user_referentiels_dir() -> Path:
    return user_data_dir() / "referentiels"
