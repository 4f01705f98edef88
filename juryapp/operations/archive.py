"""The centre archive as the window and the command line use it: find a person, who holds which
CCP until when, the sessions taken back and their counts, the retention purge.

The archive is `juryapp.storage.archive.CentreArchive`; its path is the one given, else the
preferences' (`archive_dir`, else the user data folder). Reading never creates it: without an
archive file there is nobody to find and nothing held. The lines of French the window and the
command line show are made here, once.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from juryapp.errors import BadInput
from juryapp.operations.sessions import installed_referentiels
from juryapp.rules.wording import fr_date, fr_datetime
from juryapp.settings import Settings
from juryapp.storage.archive import (
    DEFAULT_RETENTION_YEARS,
    ArchivedPerson,
    ArchivedSessionInfo,
    CentreArchive,
    HandoffInfo,
    HoldingRow,
    PurgeReport,
    SessionCounts,
    default_archive_path,
)

__all__ = [
    "ArchivedPerson",
    "ArchivedSessionInfo",
    "HandoffInfo",
    "HoldingRow",
    "PurgeReport",
    "SessionCounts",
    "archive_counts",
    "archive_handoffs",
    "archive_holdings",
    "archive_path",
    "archive_sessions",
    "describe_archive",
    "find_in_archive",
    "holding_lines",
    "open_archive",
    "parse_day",
    "person_lines",
    "purge_archive",
    "purge_lines",
    "retention_setting",
]

_DAY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def archive_path(path: Path | None = None) -> Path:
    """`path`, else the centre's archive as the preferences place it."""
    return Path(path) if path is not None else default_archive_path(Settings.load())


def open_archive(path: Path | None = None, *, write: bool = False) -> CentreArchive:
    """The centre archive opened for reading (default) or writing (then created when missing,
    under its write lock: FileBusy for a second writer). Close it when done (or use `with`).
    BadInput when reading an archive that does not exist or is not one."""
    return CentreArchive.open(archive_path(path), write=write, purpose="archive du centre")


def _reading(path: Path | None) -> CentreArchive | None:
    found = archive_path(path)
    return open_archive(found) if found.is_file() else None


def find_in_archive(
    last_name: str, first_name: str, birth_date: dt.date | None, archive: Path | None = None
) -> list[ArchivedPerson]:
    """The people of the archive with this identity (DOMAIN.md §6: names without accents, case or
    punctuation; the last name is the birth or the usage name; any birth date when None), each
    with what they hold. [] when there is no archive file yet (never created by a lookup)."""
    store = _reading(archive)
    if store is None:
        return []
    with store:
        return store.find_person(last_name, first_name, birth_date)


def archive_holdings(title: str | None = None, archive: Path | None = None) -> list[HoldingRow]:
    """Who holds which CCP (of `title` only, when given) and until when they can complete the
    title, with the référentiels installed here for the deadlines. [] without an archive file."""
    store = _reading(archive)
    if store is None:
        return []
    referentiels = {ref.code: ref for ref in installed_referentiels()}
    with store:
        return store.holdings(title=title, referentiels=referentiels)


def archive_sessions(archive: Path | None = None) -> list[ArchivedSessionInfo]:
    """The sessions handed off or taken back, by end date. [] without an archive file."""
    store = _reading(archive)
    if store is None:
        return []
    with store:
        return store.sessions()


def archive_counts(archive: Path | None = None) -> list[SessionCounts]:
    """The anonymous counts of every session taken back (kept after a purge). [] without an archive."""
    store = _reading(archive)
    if store is None:
        return []
    with store:
        return store.counts()


def archive_handoffs(session_ref: str | None = None, archive: Path | None = None) -> list[HandoffInfo]:
    """The hand-offs (of one session, when given), oldest first. [] without an archive file."""
    store = _reading(archive)
    if store is None:
        return []
    with store:
        return store.handoffs(session_ref)


def purge_archive(
    today: dt.date | None = None,
    archive: Path | None = None,
    retention_years: int | None = None,
    *,
    actor: str | None = None,
) -> PurgeReport:
    """Remove the personal data of the sessions whose last day is more than `retention_years`
    (default: the preferences' `archive_retention_years`, five years) before `today`, keeping
    their anonymous counts. Without an archive file there is nothing to purge (none is created).
    BadInput for a retention below one year, an archive open for writing elsewhere."""
    found = archive_path(archive)
    if retention_years is None:
        retention_years = retention_setting()
    if isinstance(retention_years, bool) or not isinstance(retention_years, int) or retention_years < 1:
        raise BadInput(f"durée de conservation « {retention_years} » : un nombre d'années d'au moins 1")
    if not found.is_file():
        return PurgeReport((), 0, 0)
    with open_archive(found, write=True) as store:
        return store.purge(retention_years=retention_years, today=today, by=actor)


def retention_setting() -> int:
    """The preferences' retention of personal data in the archive, in years after the session."""
    return int(Settings.load().get("archive_retention_years", DEFAULT_RETENTION_YEARS))


def parse_day(text: str, field: str = "date") -> dt.date:
    """A date written JJ/MM/AAAA (or AAAA-MM-JJ); BadInput naming `field` otherwise."""
    found = _DAY.fullmatch(text.strip())
    try:
        if found:
            day, month, year = (int(part) for part in found.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(f"date « {text[:40]} » invalide : format attendu JJ/MM/AAAA", field=field) from None


# -- French lines -----------------------------------------------------------------------------------


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


def describe_archive(archive: Path | None = None) -> list[str]:
    """Every session of the archive with its counts and hand-offs, in French, one fact a line."""
    sessions = archive_sessions(archive)
    if not sessions:
        return ["Aucune session dans l'archive"]
    counts = {count.session_ref: count for count in archive_counts(archive)}
    handoffs = archive_handoffs(archive=archive)
    lines = []
    for info in sessions:
        state = f"reprise le {fr_datetime(info.taken_back_at)}" if info.taken_back_at else "pas encore reprise"
        if info.purged_at:
            state += f", données personnelles purgées le {fr_datetime(info.purged_at)}"
        lines.append(
            f"{info.ref}  {info.title}  {fr_date(info.start)} → {fr_date(info.end)}  "
            f"{_plural(info.candidates, 'candidat')}  ({state})"
        )
        count = counts.get(info.ref)
        if count is not None:
            ccps = ", ".join(f"{code} {number}" for code, number in count.ccps_obtained) or "aucun"
            lines.append(
                f"  {_plural(count.present, 'présent')}, titres attribués {count.titles_awarded}, "
                f"CCS attribués {count.ccs_awarded}, CCP obtenus : {ccps}"
            )
        for handoff in (h for h in handoffs if h.session_ref == info.ref):
            back = f", repris le {fr_datetime(handoff.returned_at)}" if handoff.returned_at else ""
            lines.append(
                f"  remise {handoff.id[:8]} du {fr_datetime(handoff.sent_at)} par {handoff.sent_by}{back} : "
                f"{handoff.status_label}"
            )
    return lines


def _who(last_name: str, first_name: str, usage_name: str, birth_date: dt.date | None) -> str:
    usage = f" (nom d'usage {usage_name})" if usage_name else ""
    born = f", né(e) le {fr_date(birth_date)}" if birth_date else ""
    return f"{last_name.upper()} {first_name}{usage}{born}"


def holding_lines(rows: list[HoldingRow]) -> list[str]:
    """« Who holds which CCP until when », one holding a line."""
    if not rows:
        return ["Aucun CCP détenu dans l'archive"]
    lines = []
    for row in rows:
        how = "déclaré" if row.declared else "obtenu"
        when = f" le {fr_date(row.obtained_on)}" if row.obtained_on else ""
        if row.title_held:
            after = "titre détenu"
        elif row.complete_until is not None:
            after = f"titre à compléter dans {row.complete_in} jusqu'au {fr_date(row.complete_until)}"
        else:
            after = "échéance inconnue (référentiel non installé)"
        lines.append(
            f"{_who(row.last_name, row.first_name, row.usage_name, row.birth_date)} — {row.title} {row.ccp} "
            f"{how}{when} (session {row.session_ref}) — {after}"
        )
    return lines


def person_lines(people: list[ArchivedPerson]) -> list[str]:
    """The people found, each with the CCPs and titles they hold."""
    if not people:
        return ["Personne de ce nom dans l'archive"]
    lines = []
    for person in people:
        lines.append(
            f"{_who(person.last_name, person.first_name, person.usage_name, person.birth_date)} — "
            f"sessions {', '.join(person.sessions)}"
        )
        for held in person.holdings:
            how = "déclaré" if held.declared else "obtenu"
            lines.append(f"  {held.title} {held.ccp} {how} le {fr_date(held.obtained_on)} (session {held.session_ref})")
        for title in person.titles:
            what = f"{title.title} {title.ccs}" if title.ccs else f"titre {title.title}"
            how = "déclaré" if title.declared else "obtenu"
            lines.append(f"  {what} {how} le {fr_date(title.obtained_on)} (session {title.session_ref})")
    return lines


def purge_lines(report: PurgeReport, retention_years: int | None = None) -> list[str]:
    """What a purge removed, in French."""
    if not report.sessions:
        return ["Aucune session dont la durée de conservation est échue : rien n'a été purgé"]
    years = f" (conservation {retention_years} ans)" if retention_years else ""
    lines = [
        f"Données personnelles purgées{years} : {', '.join(report.sessions)}",
        f"{_plural(report.candidates_removed, 'candidat')} et {_plural(report.documents_removed, 'document')} "
        "retirés ; les comptes anonymes sont conservés",
    ]
    if report.vacuum_problem:
        lines.append(f"Attention : archive non compactée ({report.vacuum_problem}) ; les données ont été écrasées")
    return lines
