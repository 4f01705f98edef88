"""Filling a new session file with imported session data, in one transaction."""

from __future__ import annotations

import json

from juryapp.model import Candidate, Issuer, Referentiel, SessionData, SignOff
from juryapp.storage.common import _iso, _now_text, confirmation_rows, seal_row
from juryapp.storage.core import StoreCore


class CreationMixin(StoreCore):
    """How `SessionStore.create` writes the imported session into an empty file."""

    def _fill(
        self,
        data: SessionData,
        referentiels: dict[str, Referentiel],
        actor: str,
        source: str,
        seal: dict[str, str] | None = None,
        unsealed_accepted: bool = False,
    ) -> None:
        """Write the session; an imported sign-off keeps its `seal`, or records that it came without one."""
        now = _now_text(self.clock)
        version = {"recorded_at": now, "recorded_by": actor, "reason": source, "amends": None}
        s = data.session
        with self._transaction():
            self.db.table("juryapp_meta").insert_all(
                [
                    {"key": "created_at", "value": now},
                    {"key": "created_by", "value": actor},
                    {"key": "created_from", "value": source},
                ]
            )
            self.db.table("referentiels").insert_all(
                {"code": code, "document": json.dumps(ref.document, ensure_ascii=False)}
                for code, ref in sorted(referentiels.items())
            )
            self.db.table("session").insert(
                {
                    "id": 1,
                    "ref": s.ref,
                    "title": s.title,
                    "kind": s.kind,
                    "ccps": json.dumps(list(s.ccps)),
                    "ccs": s.ccs,
                    "centre": s.centre,
                    "place": s.place,
                    "start": s.start.isoformat(),
                    "end": s.end.isoformat(),
                }
            )
            self.db.table("candidates").insert_all(
                (
                    {
                        "ref": c.ref,
                        "position": i,
                        "last_name": c.last_name,
                        "first_name": c.first_name,
                        "birth_date": _iso(c.birth_date),
                        "birth_place": c.birth_place,
                        "pathway": c.pathway,
                        "from_training": int(c.from_training),
                        "vae_admissibility_date": _iso(c.vae_admissibility_date),
                        "experience_months": c.experience_months,
                        "professional_dossier": int(c.professional_dossier),
                        "ecf": json.dumps(c.ecf, sort_keys=True),
                        "prior_ccps": prior_ccps_json(c),
                        "held_titles": held_titles_json(c),
                        "usage_name": c.usage_name,
                        "ccps": json.dumps(list(c.ccps)) if c.ccps is not None else None,
                    }
                    for i, c in enumerate(data.candidates)
                ),
                batch_size=500,
            )
            self.db.table("jurors").insert_all(
                {
                    "ref": j.ref,
                    "position": i,
                    "last_name": j.last_name,
                    "first_name": j.first_name,
                    "habilitation_until": _iso(j.habilitation_until),
                }
                for i, j in enumerate(data.jurors)
            )
            self.db.table("conflicts").insert_all(
                {"juror": j.ref, "candidate": c.candidate, "kind": c.kind, "note": c.note}
                for j in data.jurors
                for c in j.conflicts
            )
            self.db.table("attendance").insert_all(
                ({"candidate": c.ref, "attendance": c.attendance, **version} for c in data.candidates),
                batch_size=500,
            )
            self.db.table("evaluations").insert_all(
                {
                    "candidate": e.candidate,
                    "competency": e.competency,
                    "assessment": e.assessment,
                    "observation": e.observation,
                    **version,
                }
                for e in data.evaluations
            )
            self.db.table("results").insert_all(
                {
                    "candidate": r.candidate,
                    "ccp": r.ccp,
                    "decision": r.decision,
                    "jurors": json.dumps(list(r.jurors)),
                    "justification": r.justification,
                    **version,
                }
                for r in data.results
            )
            self.db.table("final_interviews").insert_all(
                {
                    "candidate": f.candidate,
                    "held_on": _iso(f.held_on),
                    "jurors": json.dumps(list(f.jurors)),
                    "notes": f.notes,
                    **version,
                }
                for f in data.final_interviews
            )
            for table, decisions in (
                ("title_decisions", data.title_decisions),
                ("ccs_decisions", data.ccs_decisions),
            ):
                self.db.table(table).insert_all(
                    {
                        "candidate": d.candidate,
                        "decision": d.decision,
                        "jurors": json.dumps(list(d.jurors)),
                        "justification": d.justification,
                        **version,
                    }
                    for d in decisions
                )
            if any(getattr(s.issuer, name) for name in Issuer.FIELDS):
                self.db.table("issuer").insert(
                    {
                        **{name: getattr(s.issuer, name) for name in Issuer.FIELDS},
                        "recorded_at": now,
                        "recorded_by": actor,
                    }
                )
            self.db.table("schedule").insert_all(
                {
                    "candidate": e.candidate,
                    "assessment": e.assessment,
                    "ccp": e.ccp,
                    "room": e.room,
                    "start": e.start.isoformat(timespec="minutes"),
                    "end": e.end.isoformat(timespec="minutes"),
                    "jurors": json.dumps(list(e.jurors)),
                }
                for e in data.schedule
            )
            self._audit(
                actor,
                "create",
                None,
                None,
                {"source": source, "session": s.ref, "candidates": len(data.candidates)},
            )
            if data.sign_off is not None:
                confirmations = confirmations_json(data.sign_off)
                self.db.table("sign_offs").insert(
                    {
                        "signed_at": data.sign_off.at,
                        "jurors": json.dumps(list(data.sign_off.jurors)),
                        "recorded_by": actor,
                        "confirmations": confirmations,
                    }
                )
                self._audit(
                    actor,
                    "sign_off",
                    "sign_offs",
                    None,
                    {"at": data.sign_off.at, "imported": True, "confirmations": json.loads(confirmations)},
                )
                if seal is not None:
                    self.db.table("sign_off_seals").insert(seal_row(seal, 1, actor, "importé avec la session"))
                    self._audit(actor, "seal_sign_off", "sign_off_seals", 1, {"key": seal["key"], "imported": True})
                elif unsealed_accepted:
                    self._audit(
                        actor,
                        "unsealed_sign_off_accepted",
                        "sign_offs",
                        None,
                        {"source": source, "note": "clôture importée sans sceau (--unsealed-sign-off)"},
                    )


def prior_ccps_json(candidate: Candidate) -> str:
    return json.dumps(
        [
            {"title": p.title, "ccp": p.ccp, "obtained_on": _iso(p.obtained_on), "session": p.session}
            for p in candidate.prior_ccps
        ],
        ensure_ascii=False,
    )


def held_titles_json(candidate: Candidate) -> str:
    return json.dumps(
        [{"title": h.title, "obtained_on": _iso(h.obtained_on), "ccs": h.ccs} for h in candidate.held_titles],
        ensure_ascii=False,
    )


def confirmations_json(sign: SignOff) -> str:
    return json.dumps(confirmation_rows(sign.confirmations), ensure_ascii=False)
