"""French wording shared by the rules' messages, the documents and the windows: dates, times, lists."""

from __future__ import annotations

import datetime as dt
import unicodedata

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def french_date(day: dt.date) -> str:
    """« 1er juillet 2025 », « 8 décembre 2026 »."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {_MONTHS[day.month - 1]} {day.year}"


def french_day(day: dt.date) -> str:
    """« lundi 7 décembre 2026 »."""
    return f"{_WEEKDAYS[day.weekday()]} {french_date(day)}"


def clock(moment: dt.datetime | dt.time) -> str:
    """« 8 h 30 », « 14 h 00 »."""
    return f"{moment.hour} h {moment.minute:02d}"


def duration(minutes: int) -> str:
    """« 20 min », « 1 h », « 2 h 30 »."""
    hours, rest = divmod(max(minutes, 0), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


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
