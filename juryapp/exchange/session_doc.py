"""juryapp.session/1 documents: a session with its current state, in and out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from juryapp.errors import BadInput
from juryapp.exchange.referentiel import parse_referentiel
from juryapp.exchange.validation import parse_date, require_date, validate
from juryapp.model import (
    AwardDecisionRecord,
    Candidate,
    CcpResult,
    Conflict,
    Evaluation,
    FinalInterview,
    HeldTitle,
    Juror,
    PriorCcp,
    Referentiel,
    SessionData,
    SessionInfo,
    SignOff,
)
from juryapp.storage.library import ReferentielLibrary

FORMAT = "juryapp.session/1"


@dataclass(frozen=True, slots=True)
class ImportedSession:
    """A checked session document: its data, the référentiels it needs and those it carried."""

    data: SessionData
    referentiels: dict[str, Referentiel]
    carried: tuple[Referentiel, ...]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _check_refs(items: list[dict], what: str) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item["ref"] in seen:
            raise BadInput(f"référence « {item['ref']} » en double", field=f"{what}[{i}].ref")
        seen.add(item["ref"])
    return seen


def _check_known(value: str, known: set[str], field: str, what: str) -> None:
    if value not in known:
        raise BadInput(f"{what} « {value} » inconnu", field=field)


def parse_session(document: Any, library: ReferentielLibrary) -> ImportedSession:
    """Check a session document fully and build its data; BadInput names the field at fault."""
    validate(document, FORMAT)

    carried: list[Referentiel] = []
    known: dict[str, Referentiel] = {}
    for i, ref_doc in enumerate(document.get("referentiels", [])):
        ref = parse_referentiel(ref_doc, field=f"referentiels[{i}]", checked=True)
        if ref.code in known:
            raise BadInput(f"référentiel {ref.code} en double", field=f"referentiels[{i}].code")
        library.check_compatible(ref, field=f"referentiels[{i}]")
        known[ref.code] = ref
        carried.append(ref)

    def lookup(code: str) -> Referentiel | None:
        return known.get(code) or library.get(code)

    raw = document["session"]
    title = lookup(raw["title"])
    if title is None:
        raise BadInput(
            f"titre « {raw['title']} » inconnu : ni livré avec la session, ni installé "
            f"(connus : {', '.join(library.codes()) or 'aucun'})",
            field="session.title",
        )
    start = require_date(raw["start"], "session.start")
    end = require_date(raw["end"], "session.end")
    if end < start:
        raise BadInput(f"la fin de session ({raw['end']}) précède son début", field="session.end")
    kind = raw["kind"]
    ccps = tuple(raw.get("ccps", []))
    ccs = raw.get("ccs")
    for i, code in enumerate(ccps):
        if code not in title.ccp_codes:
            raise BadInput(f"« {code} » n'est pas un CCP de {title.code}", field=f"session.ccps[{i}]")
    if len(set(ccps)) != len(ccps):
        raise BadInput("un CCP est cité deux fois", field="session.ccps")
    if kind == "ccp" and not ccps:
        raise BadInput("une session CCP doit lister les CCP examinés", field="session.ccps")
    if kind == "ccs":
        if not ccs:
            raise BadInput("une session CCS doit nommer le CCS examiné", field="session.ccs")
        if ccs not in title.ccs_codes:
            raise BadInput(f"« {ccs} » n'est pas un CCS de {title.code}", field="session.ccs")
    elif ccs:
        raise BadInput("seule une session CCS nomme un CCS", field="session.ccs")
    info = SessionInfo(
        ref=raw["ref"],
        title=title.code,
        kind=kind,
        ccps=ccps,
        ccs=ccs,
        centre=raw.get("centre", ""),
        place=raw.get("place", ""),
        start=start,
        end=end,
    )

    candidate_refs = _check_refs(document["candidates"], "candidates")
    juror_refs = _check_refs(document["jurors"], "jurors")
    certificate_codes = set(title.ccp_codes) | set(title.ccs_codes)

    jurors = []
    for i, raw_juror in enumerate(document["jurors"]):
        where = f"jurors[{i}]"
        conflicts = []
        seen_conflicts: set[str] = set()
        for k, raw_conflict in enumerate(raw_juror.get("conflicts", [])):
            field = f"{where}.conflicts[{k}].candidate"
            _check_known(raw_conflict["candidate"], candidate_refs, field, "candidat")
            if raw_conflict["candidate"] in seen_conflicts:
                raise BadInput("conflit déclaré deux fois pour ce candidat", field=field)
            seen_conflicts.add(raw_conflict["candidate"])
            conflicts.append(Conflict(raw_conflict["candidate"], raw_conflict["kind"], raw_conflict.get("note", "")))
        jurors.append(
            Juror(
                ref=raw_juror["ref"],
                last_name=raw_juror["last_name"],
                first_name=raw_juror["first_name"],
                habilitation_until=parse_date(raw_juror.get("habilitation_until"), f"{where}.habilitation_until"),
                conflicts=tuple(conflicts),
            )
        )

    needed = {title.code}
    candidates = []
    for i, raw_cand in enumerate(document["candidates"]):
        where = f"candidates[{i}]"
        for code in raw_cand.get("ecf", {}):
            if code not in certificate_codes:
                raise BadInput(f"« {code} » n'est ni un CCP ni un CCS de {title.code}", field=f"{where}.ecf.{code}")
        priors = []
        for k, raw_prior in enumerate(raw_cand.get("prior_ccps", [])):
            pwhere = f"{where}.prior_ccps[{k}]"
            prior_title = lookup(raw_prior["title"])
            if prior_title is None:
                raise BadInput(f"titre « {raw_prior['title']} » inconnu", field=f"{pwhere}.title")
            if raw_prior["ccp"] not in prior_title.ccp_codes:
                raise BadInput(
                    f"« {raw_prior['ccp']} » n'est pas un CCP de {prior_title.code}",
                    field=f"{pwhere}.ccp",
                )
            needed.add(prior_title.code)
            priors.append(
                PriorCcp(
                    prior_title.code,
                    raw_prior["ccp"],
                    parse_date(raw_prior.get("obtained_on"), f"{pwhere}.obtained_on"),
                )
            )
        held = []
        for k, raw_held in enumerate(raw_cand.get("held_titles", [])):
            hwhere = f"{where}.held_titles[{k}]"
            if lookup(raw_held["title"]) is not None:
                needed.add(raw_held["title"])
            held.append(HeldTitle(raw_held["title"], parse_date(raw_held.get("obtained_on"), f"{hwhere}.obtained_on")))
        pathway = raw_cand["pathway"]
        candidates.append(
            Candidate(
                ref=raw_cand["ref"],
                last_name=raw_cand["last_name"],
                first_name=raw_cand["first_name"],
                birth_date=parse_date(raw_cand.get("birth_date"), f"{where}.birth_date"),
                birth_place=raw_cand.get("birth_place", ""),
                pathway=pathway,
                from_training=raw_cand.get("from_training", pathway == "formation"),
                vae_admissibility_date=parse_date(
                    raw_cand.get("vae_admissibility_date"), f"{where}.vae_admissibility_date"
                ),
                experience_months=raw_cand.get("experience_months", 0),
                professional_dossier=raw_cand.get("professional_dossier", False),
                ecf=dict(raw_cand.get("ecf", {})),
                prior_ccps=tuple(priors),
                held_titles=tuple(held),
                attendance=raw_cand.get("attendance", "present"),
            )
        )

    competencies = title.competency_codes()
    evaluations = []
    seen_eval: set[tuple[str, str, str]] = set()
    for i, raw_eval in enumerate(document.get("evaluations", [])):
        where = f"evaluations[{i}]"
        _check_known(raw_eval["candidate"], candidate_refs, f"{where}.candidate", "candidat")
        if raw_eval["competency"] not in competencies:
            raise BadInput(
                f"« {raw_eval['competency']} » n'est pas une compétence de {title.code}",
                field=f"{where}.competency",
            )
        key = (raw_eval["candidate"], raw_eval["competency"], raw_eval["assessment"])
        if key in seen_eval:
            raise BadInput("observation en double pour ce candidat, cette compétence et cette épreuve", field=where)
        seen_eval.add(key)
        evaluations.append(Evaluation(*key, raw_eval.get("observation", "")))

    def jurors_of(item: dict, where: str) -> tuple[str, ...]:
        refs = item.get("jurors", [])
        for k, ref in enumerate(refs):
            _check_known(ref, juror_refs, f"{where}.jurors[{k}]", "juré")
        if len(set(refs)) != len(refs):
            raise BadInput("un juré est cité deux fois", field=f"{where}.jurors")
        return tuple(refs)

    results = []
    seen_results: set[tuple[str, str]] = set()
    for i, raw_result in enumerate(document.get("results", [])):
        where = f"results[{i}]"
        _check_known(raw_result["candidate"], candidate_refs, f"{where}.candidate", "candidat")
        key2 = (raw_result["candidate"], raw_result["ccp"])
        if key2 in seen_results:
            raise BadInput(
                f"deuxième résultat pour {key2[0]} et {key2[1]} : la liste ne garde que l'état courant",
                field=where,
            )
        seen_results.add(key2)
        results.append(
            CcpResult(
                raw_result["candidate"],
                raw_result["ccp"],
                raw_result["decision"],
                jurors_of(raw_result, where),
                raw_result.get("justification", ""),
            )
        )

    interviews = []
    seen_interviews: set[str] = set()
    for i, raw_fi in enumerate(document.get("final_interviews", [])):
        where = f"final_interviews[{i}]"
        _check_known(raw_fi["candidate"], candidate_refs, f"{where}.candidate", "candidat")
        if raw_fi["candidate"] in seen_interviews:
            raise BadInput(f"deuxième entretien final pour {raw_fi['candidate']}", field=where)
        seen_interviews.add(raw_fi["candidate"])
        interviews.append(
            FinalInterview(
                raw_fi["candidate"],
                parse_date(raw_fi.get("held_on"), f"{where}.held_on"),
                jurors_of(raw_fi, where),
                raw_fi.get("notes", ""),
            )
        )

    def awards(key: str, allowed: bool, what: str) -> tuple[AwardDecisionRecord, ...]:
        decisions = []
        seen: set[str] = set()
        for i, raw_decision in enumerate(document.get(key, [])):
            where = f"{key}[{i}]"
            if not allowed:
                raise BadInput(f"une session {kind} ne décide pas {what}", field=where)
            _check_known(raw_decision["candidate"], candidate_refs, f"{where}.candidate", "candidat")
            if raw_decision["candidate"] in seen:
                raise BadInput(f"deuxième décision pour {raw_decision['candidate']}", field=where)
            seen.add(raw_decision["candidate"])
            decisions.append(
                AwardDecisionRecord(
                    raw_decision["candidate"],
                    raw_decision["decision"],
                    jurors_of(raw_decision, where),
                    raw_decision.get("justification", ""),
                )
            )
        return tuple(decisions)

    title_decisions = awards("title_decisions", kind != "ccs", "du titre")
    ccs_decisions = awards("ccs_decisions", kind == "ccs", "d'un CCS")

    sign_off = None
    raw_sign = document.get("sign_off")
    if raw_sign is not None:
        try:
            dt.datetime.fromisoformat(raw_sign["at"])
        except ValueError:
            raise BadInput(f"horodatage invalide « {raw_sign['at']} »", field="sign_off.at") from None
        sign_off = SignOff(raw_sign["at"], jurors_of(raw_sign, "sign_off"))

    referentiels = _with_chain(needed, lookup)
    data = SessionData(
        session=info,
        jurors=tuple(jurors),
        candidates=tuple(candidates),
        evaluations=tuple(evaluations),
        results=tuple(results),
        final_interviews=tuple(interviews),
        title_decisions=title_decisions,
        ccs_decisions=ccs_decisions,
        sign_off=sign_off,
    )
    return ImportedSession(data, referentiels, tuple(carried))


def _with_chain(codes: set[str], lookup) -> dict[str, Referentiel]:
    """The référentiels named, with every earlier version their correspondences reach."""
    found: dict[str, Referentiel] = {}
    frontier = list(codes)
    while frontier:
        code = frontier.pop()
        if code in found:
            continue
        ref = lookup(code)
        if ref is None:
            continue
        found[code] = ref
        if ref.correspondence is not None:
            frontier.append(ref.correspondence.source)
    return found


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
                "first_name": c.first_name,
                "birth_date": _iso(c.birth_date),
                "birth_place": c.birth_place,
                "pathway": c.pathway,
                "from_training": c.from_training,
                "vae_admissibility_date": _iso(c.vae_admissibility_date),
                "experience_months": c.experience_months,
                "professional_dossier": c.professional_dossier,
                "ecf": dict(c.ecf),
                "prior_ccps": [
                    {"title": p.title, "ccp": p.ccp, "obtained_on": _iso(p.obtained_on)} for p in c.prior_ccps
                ],
                "held_titles": [{"title": h.title, "obtained_on": _iso(h.obtained_on)} for h in c.held_titles],
                "attendance": c.attendance,
            }
            for c in data.candidates
        ],
        "evaluations": [
            {
                "candidate": e.candidate,
                "competency": e.competency,
                "assessment": e.assessment,
                "observation": e.observation,
            }
            for e in data.evaluations
        ],
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
        "final_interviews": [
            {"candidate": f.candidate, "held_on": _iso(f.held_on), "jurors": list(f.jurors), "notes": f.notes}
            for f in data.final_interviews
        ],
        "title_decisions": [_award(d) for d in data.title_decisions],
        "ccs_decisions": [_award(d) for d in data.ccs_decisions],
        "sign_off": ({"at": data.sign_off.at, "jurors": list(data.sign_off.jurors)} if data.sign_off else None),
    }


def _award(d: AwardDecisionRecord) -> dict:
    return {
        "candidate": d.candidate,
        "decision": d.decision,
        "jurors": list(d.jurors),
        "justification": d.justification,
    }
