"""juryapp.results/1 documents and the readable table of `juryapp results`."""

from __future__ import annotations

from juryapp.model import ATTENDANCE_LABELS, AWARD_LABELS, DOCUMENT_LABELS, SESSION_KIND_LABELS, SessionData
from juryapp.rules import Outcome

FORMAT = "juryapp.results/1"


def results_document(data: SessionData, outcomes: list[Outcome]) -> dict:
    return {
        "format": FORMAT,
        "session": data.session.ref,
        "title": data.session.title,
        "candidates": [outcome.to_json() for outcome in outcomes],
    }


def results_table(data: SessionData, outcomes: list[Outcome]) -> str:
    """A plain-text table, one line per candidate, then the blockers and warnings."""
    s = data.session
    lines = [
        f"Session {s.ref} — {s.title} — {SESSION_KIND_LABELS[s.kind]} du {s.start:%d/%m/%Y} au {s.end:%d/%m/%Y}",
        "",
    ]
    header = ("Réf.", "Candidat", "Présence", "CCP obtenus", "CCP détenus", "Titre", "CCS", "Document")
    rows = [header]
    for outcome in outcomes:
        candidate = data.candidate(outcome.ref)
        name = candidate.display_name if candidate else outcome.ref
        rows.append(
            (
                outcome.ref,
                name,
                ATTENDANCE_LABELS.get(outcome.attendance, outcome.attendance),
                ", ".join(outcome.ccps_obtained) or "—",
                ", ".join(outcome.ccps_held) or "—",
                AWARD_LABELS[outcome.title],
                AWARD_LABELS[outcome.ccs],
                DOCUMENT_LABELS[outcome.document],
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    notes = []
    for outcome in outcomes:
        for finding in outcome.blockers:
            notes.append(f"{outcome.ref} — BLOCAGE {finding.code} : {finding.message}")
        for finding in outcome.warnings:
            notes.append(f"{outcome.ref} — alerte {finding.code} : {finding.message}")
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"
