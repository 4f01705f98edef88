"""Writing a session's current state as a juryapp.session/1 document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from juryapp.model import AwardDecisionRecord, Evaluation, FinalInterview, Issuer, Referentiel, SessionData, SignOff

FORMAT = "juryapp.session/1"


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def session_to_document(data: SessionData, referentiels: Mapping[str, Referentiel]) -> dict:
    """The juryapp.session/1 document of a session's current state."""
    s = data.session
    return {
        "format": FORMAT,
        "referentiels": [referentiels[code].document for code in sorted(referentiels)],
        "session": {
            "ref": s.ref,
            "title": s.title,
            "kind": s.kind,
            "ccps": list(s.ccps),
            "ccs": s.ccs,
            "centre": s.centre,
            "place": s.place,
            "start": s.start.isoformat(),
            "end": s.end.isoformat(),
            "issuer": {name: getattr(s.issuer, name) for name in Issuer.FIELDS},
        },
        "jurors": [
            {
                "ref": j.ref,
                "last_name": j.last_name,
                "first_name": j.first_name,
                "habilitation_until": _iso(j.habilitation_until),
                "conflicts": [{"candidate": c.candidate, "kind": c.kind, "note": c.note} for c in j.conflicts],
            }
            for j in data.jurors
        ],
        "candidates": [
            {
                "ref": c.ref,
                "last_name": c.last_name,
                "usage_name": c.usage_name or None,
                "first_name": c.first_name,
                "birth_date": _iso(c.birth_date),
                "birth_place": c.birth_place,
                "pathway": c.pathway,
                "from_training": c.from_training,
                "vae_admissibility_date": _iso(c.vae_admissibility_date),
                "experience_months": c.experience_months,
                "professional_dossier": c.professional_dossier,
                "ecf": dict(c.ecf),
                "ccps": list(c.ccps) if c.ccps is not None else None,
                "prior_ccps": [
                    {"title": p.title, "ccp": p.ccp, "obtained_on": _iso(p.obtained_on), "session": p.session or None}
                    for p in c.prior_ccps
                ],
                "held_titles": [
                    {"title": h.title, "ccs": h.ccs, "obtained_on": _iso(h.obtained_on)} for h in c.held_titles
                ],
                "attendance": c.attendance,
            }
            for c in data.candidates
        ],
        "evaluations": [_evaluation(e) for e in data.evaluations],
        "results": [
            {
                "candidate": r.candidate,
                "ccp": r.ccp,
                "decision": r.decision,
                "jurors": list(r.jurors),
                "justification": r.justification,
            }
            for r in data.results
        ],
        "final_interviews": [_interview(f) for f in data.final_interviews],
        "title_decisions": [_award(d) for d in data.title_decisions],
        "ccs_decisions": [_award(d) for d in data.ccs_decisions],
        "schedule": [
            {
                "candidate": e.candidate,
                "assessment": e.assessment,
                "ccp": e.ccp,
                "room": e.room,
                "start": e.start.isoformat(timespec="minutes"),
                "end": e.end.isoformat(timespec="minutes"),
                "jurors": list(e.jurors),
            }
            for e in data.schedule
        ],
        "sign_off": _sign_off(data.sign_off),
    }


def _sign_off(sign: SignOff | None) -> dict | None:
    if sign is None:
        return None
    return {
        "at": sign.at,
        "jurors": list(sign.jurors),
        "confirmations": [{"subject": c.subject, "reference": c.reference, "by": c.by} for c in sign.confirmations],
    }


def _evaluation(e: Evaluation) -> dict:
    """One cell of the grid; its mark and dated entries only when it has some (a file written
    before them, sealed at sign-off, keeps the same document and so the same seal)."""
    item: dict = {
        "candidate": e.candidate,
        "competency": e.competency,
        "assessment": e.assessment,
        "observation": e.observation,
    }
    if e.mark:
        item["mark"] = e.mark
    if e.entries:
        item["entries"] = [{"at": x.at, "by": x.by, "text": x.text} for x in e.entries]
    return item


def _interview(f: FinalInterview) -> dict:
    """One entretien final; its timer's record only when there is one (as for `_evaluation`)."""
    item: dict = {"candidate": f.candidate, "held_on": _iso(f.held_on), "jurors": list(f.jurors), "notes": f.notes}
    for name in ("started_at", "ended_at", "duration_seconds"):
        if getattr(f, name) is not None:
            item[name] = getattr(f, name)
    return item


def _award(d: AwardDecisionRecord) -> dict:
    return {
        "candidate": d.candidate,
        "decision": d.decision,
        "jurors": list(d.jurors),
        "justification": d.justification,
    }
