"""Centre and printing preferences, declared once with their defaults, kept as JSON.

Window state belongs to QSettings in the GUI; these are the facts a centre sets once and
that the documents need (the printer's offset, the centre's own templates).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from juryapp.errors import BadInput
from juryapp.files import atomic_write, private_dir
from juryapp.paths import user_data_dir


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    label: str
    default: Any


# Who signs and where documents are delivered belong to each session (`session.issuer`, DOMAIN.md §5),
# not to these preferences; an older settings file that still holds them keeps them, unread.
OPTIONS: tuple[Option, ...] = (
    Option("printer_offset_x_mm", "Décalage de l'imprimante, horizontal (mm)", 0.0),
    Option("printer_offset_y_mm", "Décalage de l'imprimante, vertical (mm)", 0.0),
    Option("template_dir", "Dossier des modèles (vide : modèles fournis)", ""),
    Option("backup_dir", "Dossier des sauvegardes automatiques (vide : dossier de l'utilisateur)", ""),
    Option("backup_keep", "Sauvegardes conservées par session", 20),
    Option("archive_dir", "Dossier de l'archive du centre (vide : dossier de l'utilisateur)", ""),
    Option(
        "archive_retention_years",
        "Conservation des données personnelles dans l'archive (années après la session)",
        5,
    ),
)
DEFAULTS = {option.key: option.default for option in OPTIONS}


def settings_path() -> Path:
    return user_data_dir() / "settings.json"


class Settings:
    """The centre's preferences; unknown keys in the file are kept, missing ones take their default."""

    def __init__(self, values: dict[str, Any] | None = None, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._values = {**DEFAULTS, **(values or {})}

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        if not path.exists():
            return cls(path=path)
        try:
            values = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise BadInput(f"préférences illisibles ({exc})", file=path) from None
        if not isinstance(values, dict):
            raise BadInput("préférences illisibles (un objet JSON est attendu)", file=path)
        for option in OPTIONS:
            value = values.get(option.key, option.default)
            if isinstance(option.default, float) and not isinstance(value, int | float):
                raise BadInput(f"« {value} » n'est pas un nombre", file=path, field=option.key)
            if isinstance(option.default, int) and not isinstance(option.default, bool):
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    raise BadInput(f"« {value} » n'est pas un nombre entier positif", file=path, field=option.key)
        return cls(values, path)

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise BadInput(f"préférence « {key} » inconnue")
        self._values[key] = value

    @property
    def printer_offset(self) -> tuple[float, float]:
        return float(self["printer_offset_x_mm"]), float(self["printer_offset_y_mm"])

    @property
    def template_dir(self) -> Path | None:
        return Path(self["template_dir"]) if self["template_dir"] else None

    @property
    def backup_dir(self) -> Path | None:
        return Path(self["backup_dir"]) if self["backup_dir"] else None

    def save(self) -> None:
        private_dir(self.path.parent)
        atomic_write(self.path, json.dumps(self._values, ensure_ascii=False, indent=1).encode("utf-8"), what="fichier")
