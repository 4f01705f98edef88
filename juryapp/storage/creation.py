"""Filling a new session file with imported session data, in one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from juryapp.model import Candidate, Issuer, Referentiel, SessionData, SignOff
from juryapp.storage.common import _iso, _now_text, confirmation_rows, entries_json, seal_row
from juryapp.storage.core import StoreCore


class CreationMixin(StoreCore):
    """How `SessionStore.create` writes the imported session into an empty file."""

    def _insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Insert rows of values for `columns` (already as stored: text, numbers, None) in one statement."""
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" * len(columns))
        self.conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)

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
        version = (now, actor, source, None)
        versioned = ("recorded_at", "recorded_by", "reason", "amends")
        s = data.session
        refs = _JsonLists()
        with self._transaction():
            self._insert_rows(
                "juryapp_meta",
                ("key", "value"),
                [("created_at", now), ("created_by", actor), ("created_from", source)],
            )
            self._insert_rows(
                "referentiels",
                ("code", "document"),
                [(code, json.dumps(ref.document, ensure_ascii=False)) for code, ref in sorted(referentiels.items())],
            )
            self._insert(
                "session",
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
                },
            )
            ecf = _JsonEcf()
            self._insert_rows(
                "candidates",
                (
                    "ref",
                    "position",
                    "last_name",
                    "first_name",
                    "birth_date",
                    "birth_place",
                    "pathway",
                    "from_training",
                    "vae_admissibility_date",
                    "experience_months",
                    "professional_dossier",
                    "ecf",
                    "prior_ccps",
                    "held_titles",
                    "usage_name",
                    "ccps",
                ),
                (
                    (
                        c.ref,
                        i,
                        c.last_name,
                        c.first_name,
                        _iso(c.birth_date),
                        c.birth_place,
                        c.pathway,
                        int(c.from_training),
                        _iso(c.vae_admissibility_date),
                        c.experience_months,
                        int(c.professional_dossier),
                        ecf(c.ecf),
                        prior_ccps_json(c),
                        held_titles_json(c),
                        c.usage_name,
                        refs(c.ccps) if c.ccps is not None else None,
                    )
                    for i, c in enumerate(data.candidates)
                ),
            )
            self._insert_rows(
                "jurors",
                ("ref", "position", "last_name", "first_name", "habilitation_until"),
                [(j.ref, i, j.last_name, j.first_name, _iso(j.habilitation_until)) for i, j in enumerate(data.jurors)],
            )
            self._insert_rows(
                "conflicts",
                ("juror", "candidate", "kind", "note"),
                ((j.ref, c.candidate, c.kind, c.note) for j in data.jurors for c in j.conflicts),
            )
            self._insert_rows(
                "attendance",
                ("candidate", "attendance", *versioned),
                ((c.ref, c.attendance, *version) for c in data.candidates),
            )
            self._insert_rows(
                "evaluations",
                ("candidate", "competency", "assessment", "observation", "mark", "entries", *versioned),
                (
                    (e.candidate, e.competency, e.assessment, e.observation, e.mark, entries_json(e.entries), *version)
                    for e in data.evaluations
                ),
            )
            self._insert_rows(
                "results",
                ("candidate", "ccp", "decision", "jurors", "justification", *versioned),
                ((r.candidate, r.ccp, r.decision, refs(r.jurors), r.justification, *version) for r in data.results),
            )
            self._insert_rows(
                "final_interviews",
                ("candidate", "held_on", "jurors", "notes", "started_at", "ended_at", "duration_seconds", *versioned),
                (
                    (
                        f.candidate,
                        _iso(f.held_on),
                        refs(f.jurors),
                        f.notes,
                        f.started_at,
                        f.ended_at,
                        f.duration_seconds,
                        *version,
                    )
                    for f in data.final_interviews
                ),
            )
            for table, decisions in (
                ("title_decisions", data.title_decisions),
                ("ccs_decisions", data.ccs_decisions),
            ):
                self._insert_rows(
                    table,
                    ("candidate", "decision", "jurors", "justification", *versioned),
                    ((d.candidate, d.decision, refs(d.jurors), d.justification, *version) for d in decisions),
                )
            if any(getattr(s.issuer, name) for name in Issuer.FIELDS):
                self._insert(
                    "issuer",
                    {
                        **{name: getattr(s.issuer, name) for name in Issuer.FIELDS},
                        "recorded_at": now,
                        "recorded_by": actor,
                    },
                )
            self._insert_rows(
                "schedule",
                ("candidate", "assessment", "ccp", "room", "start", "end", "jurors"),
                (
                    (
                        e.candidate,
                        e.assessment,
                        e.ccp,
                        e.room,
                        e.start.isoformat(timespec="minutes"),
                        e.end.isoformat(timespec="minutes"),
                        refs(e.jurors),
                    )
                    for e in data.schedule
                ),
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
                self._insert(
                    "sign_offs",
                    {
                        "signed_at": data.sign_off.at,
                        "jurors": json.dumps(list(data.sign_off.jurors)),
                        "recorded_by": actor,
                        "confirmations": confirmations,
                    },
                )
                self._audit(
                    actor,
                    "sign_off",
                    "sign_offs",
                    None,
                    {"at": data.sign_off.at, "imported": True, "confirmations": json.loads(confirmations)},
                )
                if seal is not None:
                    self._insert("sign_off_seals", seal_row(seal, 1, actor, "importé avec la session"))
                    self._audit(actor, "seal_sign_off", "sign_off_seals", 1, {"key": seal["key"], "imported": True})
                elif unsealed_accepted:
                    self._audit(
                        actor,
                        "unsealed_sign_off_accepted",
                        "sign_offs",
                        None,
                        {"source": source, "note": "clôture importée sans sceau (--unsealed-sign-off)"},
                    )
        self._forget()


class _JsonLists:
    """Lists of refs as JSON text (`["J1", "J2"]`): they repeat, each is written once."""

    def __init__(self) -> None:
        self._texts: dict[tuple[str, ...], str] = {}

    def __call__(self, refs: Sequence[str]) -> str:
        key = tuple(refs)
        text = self._texts.get(key)
        if text is None:
            text = json.dumps(list(key))
            if all(type(ref) is str for ref in key):  # 1 and True would be the same key
                self._texts[key] = text
        return text


class _JsonEcf:
    """ECF results as JSON text, keys sorted: they repeat, each is written once."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}

    def __call__(self, ecf: dict[str, bool]) -> str:
        key = repr(ecf)  # tells true from 1, unlike the values themselves
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = json.dumps(ecf, sort_keys=True)
        return text


def prior_ccps_json(candidate: Candidate) -> str:
    if not candidate.prior_ccps:
        return "[]"
    return json.dumps(
        [
            {"title": p.title, "ccp": p.ccp, "obtained_on": _iso(p.obtained_on), "session": p.session}
            for p in candidate.prior_ccps
        ],
        ensure_ascii=False,
    )


def held_titles_json(candidate: Candidate) -> str:
    if not candidate.held_titles:
        return "[]"
    return json.dumps(
        [{"title": h.title, "obtained_on": _iso(h.obtained_on), "ccs": h.ccs} for h in candidate.held_titles],
        ensure_ascii=False,
    )


def confirmations_json(sign: SignOff) -> str:
    return json.dumps(confirmation_rows(sign.confirmations), ensure_ascii=False)
