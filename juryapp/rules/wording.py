"""French wording shared by the rules' messages and the documents: dates and lists."""

from __future__ import annotations

import datetime as dt
import unicodedata


def fr_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


def fr_datetime(stamp: str | None) -> str:
    """« 08/12/2026 à 18:30 » from an ISO timestamp (the text itself when it is not one)."""
    if not stamp:
        return "—"
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.strftime("%d/%m/%Y à %H:%M")


def fr_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def fold(text: str) -> str:
    """Text for comparison: lower case, without accents, spaces collapsed (« Lefèbvre » ~ « LEFEBVRE »)."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
