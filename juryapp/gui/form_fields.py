"""What the secretariat's forms share: dates typed JJ/MM/AAAA (ISO is understood too), and why the
candidates and jurors of the session cannot be changed from here."""

from __future__ import annotations

import datetime as dt

from juryapp.errors import BadInput, JuryError
from juryapp.gui.context import SessionContext, tr
from juryapp.operations import candidates

DATE_FORMAT = "%d/%m/%Y"


def parse_day(text: str) -> dt.date | None:
    """The date typed (JJ/MM/AAAA, or AAAA-MM-JJ); None when empty; ValueError when it is not one."""
    text = text.strip()
    if not text:
        return None
    for form in (DATE_FORMAT, "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValueError(text)


def day_text(value: str | dt.date | None) -> str:
    """JJ/MM/AAAA for an ISO date (or a date); "" for none."""
    if not value:
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return day.strftime(DATE_FORMAT)


def date_problem(text: str, label: str) -> str | None:
    """« label : date invalide « … » (attendu JJ/MM/AAAA) », None when the text is a date or empty."""
    try:
        parse_day(text)
    except ValueError:
        return tr("{label} : date invalide « {text} » (attendu JJ/MM/AAAA)").format(label=label, text=text.strip())
    return None


def iso_or_text(text: str) -> str | None:
    """What a date field gives the operations: ISO, None when empty, the text itself when wrong."""
    try:
        day = parse_day(text)
    except ValueError:
        return text.strip()
    return day.isoformat() if day else None


def preparing_refusal(context: SessionContext, attendance_hint: bool = False) -> str | None:
    """Why the candidates and jurors of this session cannot be changed from here, None when they can."""
    if context.read_only:
        return tr("Fichier ouvert en lecture seule ({why}) : rien ne peut être modifié.").format(
            why=context.read_only_reason
        )
    try:
        candidates.check_preparing(context.store)
    except BadInput as exc:
        why = exc.problem[:1].upper() + exc.problem[1:]
        if attendance_hint and not context.locked:
            return tr("{why} (dans la fenêtre principale).").format(why=why)
        return f"{why}."
    except JuryError as exc:
        return str(exc)
    return None
