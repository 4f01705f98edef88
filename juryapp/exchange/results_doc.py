"""juryapp.results/1 documents and the readable table of `juryapp results`."""

from __future__ import annotations

import json
from json.encoder import encode_basestring

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


def results_json(data: SessionData, outcomes: list[Outcome]) -> str:
    """`results_document` as `juryapp results --json` prints it: `json.dumps(…, ensure_ascii=False)`
    but one candidate a line, and a line break at the end."""
    document = results_document(data, [])
    del document["candidates"]
    head = json.dumps(document, ensure_ascii=False)[:-1]
    if not outcomes:
        return f'{head}, "candidates": []}}\n'
    # Each candidate is `{"ref": …, ` then the rest of its outcome; many candidates share that
    # rest (same verdict, same findings), encoded once for them all.
    encoded: dict[tuple, str] = {}
    lines = []
    for outcome in outcomes:
        key = (
            outcome.attendance,
            outcome.admissible,
            outcome.blockers,
            outcome.warnings,
            outcome.ccps_examined,
            outcome.ccps_obtained,
            outcome.ccps_held,
            outcome.title,
            outcome.ccs,
            outcome.document,
            outcome.completion_deadline,
        )
        rest = encoded.get(key)
        if rest is None:
            entry = outcome.to_json()
            del entry["ref"]
            rest = encoded[key] = json.dumps(entry, ensure_ascii=False)[1:]
        lines.append(f'{{"ref": {encode_basestring(outcome.ref)}, {rest}')
    rows = ",\n  ".join(lines)
    return f'{head}, "candidates": [\n  {rows}\n]}}\n'


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
