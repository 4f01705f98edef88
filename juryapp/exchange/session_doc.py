"""juryapp.session/1 documents: a session with its current state, in and out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from juryapp.errors import BadInput
from juryapp.exchange.referentiel import REFERENTIEL_TEXTS, ReferentielSource, parse_referentiel
from juryapp.exchange.session_export import FORMAT, session_to_document
from juryapp.exchange.validation import TextSpec, check_texts, parse_date, require_date, validate
from juryapp.model import (
    ASSESSMENT_KINDS,
    AwardDecisionRecord,
    Candidate,
    CcpResult,
    Confirmation,
    Conflict,
    Evaluation,
    FinalInterview,
    HeldTitle,
    Issuer,
    Juror,
    ObservationEntry,
    PriorCcp,
    Referentiel,
    ScheduleEntry,
    SessionData,
    SessionInfo,
    SignOff,
)
from juryapp.rules.sign_off import sign_off_problems

__all__ = ["FORMAT", "ImportedSession", "parse_candidate", "parse_session", "session_to_document"]


_DECISION_TEXTS: dict[str, TextSpec] = {"candidate": "name", "jurors": ["name"], "justification": "text"}
# The texts of a session document and their kinds (juryapp.textcheck): names and references on
# one line, free texts (justifications, observations, notes) on several.
SESSION_TEXTS: TextSpec = {
    "referentiels": [REFERENTIEL_TEXTS],
    "session": {
        "ref": "name",
        "title": "name",
        "ccps": ["name"],
        "ccs": "name",
        "centre": "label",
        "place": "name",
        "issuer": {"authority": "label", "place": "name", "signatory": "name", "role": "label"},
    },
    "jurors": [
        {
            "ref": "name",
            "last_name": "name",
            "first_name": "name",
            "conflicts": [{"candidate": "name", "note": "text"}],
        }
    ],
    "candidates": [
        {
            "ref": "name",
            "last_name": "name",
            "usage_name": "name",
            "first_name": "name",
            "birth_place": "name",
            "ecf": {"*": None},
            "ccps": ["name"],
            "prior_ccps": [{"title": "name", "ccp": "name", "session": "name"}],
            "held_titles": [{"title": "name", "ccs": "name"}],
        }
    ],
    "evaluations": [
        {"candidate": "name", "competency": "name", "observation": "text", "entries": [{"by": "name", "text": "text"}]}
    ],
    "results": [{**_DECISION_TEXTS, "ccp": "name"}],
    "final_interviews": [{"candidate": "name", "jurors": ["name"], "notes": "text"}],
    "title_decisions": [_DECISION_TEXTS],
    "ccs_decisions": [_DECISION_TEXTS],
    "sign_off": {
        "at": "name",
        "jurors": ["name"],
        "confirmations": [{"subject": "name", "reference": "label", "by": "name"}],
    },
    "schedule": [{"candidate": "name", "ccp": "name", "room": "name", "jurors": ["name"]}],
}


@dataclass(frozen=True, slots=True)
class ImportedSession:
    """A checked session document: its data, the référentiels it needs and those it carried."""

    data: SessionData
    referentiels: dict[str, Referentiel]
    carried: tuple[Referentiel, ...]


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


class _SessionParser:
    """Checks one session document section by section; each step raises BadInput at the first fault."""

    def __init__(self, document: Any, library: ReferentielSource) -> None:
        self.document = document
        self.library = library
        self.known: dict[str, Referentiel] = {}
        self.carried: list[Referentiel] = []
        self.needed: set[str] = set()

    def lookup(self, code: str) -> Referentiel | None:
        return self.known.get(code) or self.library.get(code)

    def parse(self) -> ImportedSession:
        validate(self.document, FORMAT)
        check_texts(self.document, SESSION_TEXTS)
        self.referentiels()
        info = self.session_info()
        title = self.lookup(info.title)
        assert title is not None
        self.title: Referentiel = title
        self.kind = info.kind
        self.session_ccps = info.ccps
        self.session_dates = (info.start, info.end)
        self.needed.add(self.title.code)
        self.candidate_refs = _check_refs(self.document["candidates"], "candidates")
        self.juror_refs = _check_refs(self.document["jurors"], "jurors")
        data = SessionData(
            session=info,
            jurors=self.jurors(),
            candidates=self.candidates(),
            evaluations=self.evaluations(),
            results=self.results(),
            final_interviews=self.interviews(),
            title_decisions=self.awards("title_decisions", info.kind != "ccs", "du titre"),
            ccs_decisions=self.awards("ccs_decisions", info.kind == "ccs", "d'un CCS"),
            sign_off=self.sign_off(),
            schedule=self.schedule(),
        )
        referentiels = _with_chain(self.needed, self.lookup)
        if data.sign_off is not None:
            problems = sign_off_problems(data, referentiels, data.sign_off)
            if problems:
                raise BadInput("clôture refusée (DOMAIN.md §7) : " + " ; ".join(problems), field="sign_off")
        return ImportedSession(data, referentiels, tuple(self.carried))

    def referentiels(self) -> None:
        for i, ref_doc in enumerate(self.document.get("referentiels", [])):
            ref = parse_referentiel(ref_doc, field=f"referentiels[{i}]", checked=True)
            if ref.code in self.known:
                raise BadInput(f"référentiel {ref.code} en double", field=f"referentiels[{i}].code")
            self.library.check_compatible(ref, field=f"referentiels[{i}]")
            self.known[ref.code] = ref
            self.carried.append(ref)

    def session_info(self) -> SessionInfo:
        raw = self.document["session"]
        title = self.lookup(raw["title"])
        if title is None:
            raise BadInput(
                f"titre « {raw['title']} » inconnu : ni livré avec la session, ni installé "
                f"(connus : {', '.join(self.library.codes()) or 'aucun'})",
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
        raw_issuer = raw.get("issuer") or {}
        issuer = Issuer(**{name: " ".join(str(raw_issuer.get(name) or "").split()) for name in Issuer.FIELDS})
        return SessionInfo(
            ref=raw["ref"],
            title=title.code,
            kind=kind,
            ccps=ccps,
            ccs=ccs,
            centre=raw.get("centre", ""),
            place=raw.get("place", ""),
            start=start,
            end=end,
            issuer=issuer,
        )

    def jurors(self) -> tuple[Juror, ...]:
        jurors = []
        for i, raw_juror in enumerate(self.document["jurors"]):
            where = f"jurors[{i}]"
            conflicts = []
            seen_conflicts: set[str] = set()
            for k, raw_conflict in enumerate(raw_juror.get("conflicts", [])):
                field = f"{where}.conflicts[{k}].candidate"
                _check_known(raw_conflict["candidate"], self.candidate_refs, field, "candidat")
                if raw_conflict["candidate"] in seen_conflicts:
                    raise BadInput("conflit déclaré deux fois pour ce candidat", field=field)
                seen_conflicts.add(raw_conflict["candidate"])
                conflicts.append(
                    Conflict(raw_conflict["candidate"], raw_conflict["kind"], raw_conflict.get("note", ""))
                )
            jurors.append(
                Juror(
                    ref=raw_juror["ref"],
                    last_name=raw_juror["last_name"],
                    first_name=raw_juror["first_name"],
                    habilitation_until=parse_date(raw_juror.get("habilitation_until"), f"{where}.habilitation_until"),
                    conflicts=tuple(conflicts),
                )
            )
        return tuple(jurors)

    def candidates(self) -> tuple[Candidate, ...]:
        candidates = tuple(self.candidate(i, raw) for i, raw in enumerate(self.document["candidates"]))
        self.candidate_ccps_by_ref = {c.ref: c.ccps for c in candidates}
        return candidates

    def candidate(self, i: int, raw_cand: dict) -> Candidate:
        title = self.title
        where = f"candidates[{i}]"
        certificate_codes = set(title.ccp_codes) | set(title.ccs_codes)
        for code in raw_cand.get("ecf", {}):
            if code not in certificate_codes:
                raise BadInput(f"« {code} » n'est ni un CCP ni un CCS de {title.code}", field=f"{where}.ecf.{code}")
        priors = []
        for k, raw_prior in enumerate(raw_cand.get("prior_ccps", [])):
            pwhere = f"{where}.prior_ccps[{k}]"
            prior_title = self.lookup(raw_prior["title"])
            if prior_title is None:
                raise BadInput(f"titre « {raw_prior['title']} » inconnu", field=f"{pwhere}.title")
            if raw_prior["ccp"] not in prior_title.ccp_codes:
                raise BadInput(
                    f"« {raw_prior['ccp']} » n'est pas un CCP de {prior_title.code}",
                    field=f"{pwhere}.ccp",
                )
            self.needed.add(prior_title.code)
            priors.append(
                PriorCcp(
                    prior_title.code,
                    raw_prior["ccp"],
                    parse_date(raw_prior.get("obtained_on"), f"{pwhere}.obtained_on"),
                    raw_prior.get("session") or "",
                )
            )
        held = []
        for k, raw_held in enumerate(raw_cand.get("held_titles", [])):
            hwhere = f"{where}.held_titles[{k}]"
            held_title = self.lookup(raw_held["title"])
            if held_title is not None:
                self.needed.add(raw_held["title"])
            ccs = raw_held.get("ccs") or None
            if ccs and held_title is not None and ccs not in held_title.ccs_codes:
                raise BadInput(f"« {ccs} » n'est pas un CCS de {held_title.code}", field=f"{hwhere}.ccs")
            held.append(
                HeldTitle(raw_held["title"], parse_date(raw_held.get("obtained_on"), f"{hwhere}.obtained_on"), ccs)
            )
        pathway = raw_cand["pathway"]
        ccps = self.candidate_ccps(raw_cand.get("ccps"), where)
        return Candidate(
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
            usage_name=" ".join((raw_cand.get("usage_name") or "").split()),
            ccps=ccps,
        )

    def candidate_ccps(self, raw: list[str] | None, where: str) -> tuple[str, ...] | None:
        """`candidates[].ccps`: session CCP only, a non-empty subset of the session's CCPs."""
        if raw is None:
            return None
        if self.kind != "ccp":
            raise BadInput("seule une session CCP précise les CCP présentés par un candidat", field=f"{where}.ccps")
        if not raw:
            raise BadInput(
                "liste vide : omettez la clé pour présenter tous les CCP de la session", field=f"{where}.ccps"
            )
        for k, code in enumerate(raw):
            if code not in self.session_ccps:
                raise BadInput(
                    f"« {code} » n'est pas un CCP examiné dans cette session ({', '.join(self.session_ccps)})",
                    field=f"{where}.ccps[{k}]",
                )
        if len(set(raw)) != len(raw):
            raise BadInput("un CCP est cité deux fois", field=f"{where}.ccps")
        return tuple(raw)

    def evaluations(self) -> tuple[Evaluation, ...]:
        competencies = self.title.observation_codes()
        evaluations = []
        seen: set[tuple[str, str, str]] = set()
        for i, raw_eval in enumerate(self.document.get("evaluations", [])):
            where = f"evaluations[{i}]"
            _check_known(raw_eval["candidate"], self.candidate_refs, f"{where}.candidate", "candidat")
            if raw_eval["competency"] not in competencies:
                raise BadInput(
                    f"« {raw_eval['competency']} » n'est ni une compétence ni un CCP de {self.title.code}",
                    field=f"{where}.competency",
                )
            key = (raw_eval["candidate"], raw_eval["competency"], raw_eval["assessment"])
            if key in seen:
                raise BadInput("observation en double pour ce candidat, cette compétence et cette épreuve", field=where)
            seen.add(key)
            entries = tuple(
                ObservationEntry(
                    _datetime(raw["at"], f"{where}.entries[{k}].at").isoformat(timespec="seconds"),
                    raw["by"],
                    raw["text"],
                )
                for k, raw in enumerate(raw_eval.get("entries", []))
            )
            evaluations.append(Evaluation(*key, raw_eval.get("observation", ""), raw_eval.get("mark", ""), entries))
        return tuple(evaluations)

    def jurors_of(self, item: dict, where: str) -> tuple[str, ...]:
        refs = item.get("jurors", [])
        for k, ref in enumerate(refs):
            _check_known(ref, self.juror_refs, f"{where}.jurors[{k}]", "juré")
        if len(set(refs)) != len(refs):
            raise BadInput("un juré est cité deux fois", field=f"{where}.jurors")
        return tuple(refs)

    def results(self) -> tuple[CcpResult, ...]:
        results = []
        seen: set[tuple[str, str]] = set()
        for i, raw_result in enumerate(self.document.get("results", [])):
            where = f"results[{i}]"
            _check_known(raw_result["candidate"], self.candidate_refs, f"{where}.candidate", "candidat")
            key = (raw_result["candidate"], raw_result["ccp"])
            if key in seen:
                raise BadInput(
                    f"deuxième résultat pour {key[0]} et {key[1]} : la liste ne garde que l'état courant",
                    field=where,
                )
            seen.add(key)
            results.append(
                CcpResult(
                    raw_result["candidate"],
                    raw_result["ccp"],
                    raw_result["decision"],
                    self.jurors_of(raw_result, where),
                    raw_result.get("justification", ""),
                )
            )
        return tuple(results)

    def interviews(self) -> tuple[FinalInterview, ...]:
        interviews = []
        seen: set[str] = set()
        for i, raw_fi in enumerate(self.document.get("final_interviews", [])):
            where = f"final_interviews[{i}]"
            _check_known(raw_fi["candidate"], self.candidate_refs, f"{where}.candidate", "candidat")
            if raw_fi["candidate"] in seen:
                raise BadInput(f"deuxième entretien final pour {raw_fi['candidate']}", field=where)
            seen.add(raw_fi["candidate"])
            interviews.append(
                FinalInterview(
                    raw_fi["candidate"],
                    parse_date(raw_fi.get("held_on"), f"{where}.held_on"),
                    self.jurors_of(raw_fi, where),
                    raw_fi.get("notes", ""),
                    *self.timer(raw_fi, where),
                )
            )
        return tuple(interviews)

    def timer(self, raw: dict, where: str) -> tuple[str | None, str | None, int | None]:
        """The interview's timer record: start, end (ISO, the end not before the start), seconds."""
        started = raw.get("started_at")
        ended = raw.get("ended_at")
        start = _datetime(started, f"{where}.started_at") if started is not None else None
        end = _datetime(ended, f"{where}.ended_at") if ended is not None else None
        if start is not None and end is not None and end < start:
            raise BadInput(f"l'entretien finit ({ended}) avant d'avoir commencé ({started})", field=f"{where}.ended_at")
        return (
            start.isoformat(timespec="seconds") if start else None,
            end.isoformat(timespec="seconds") if end else None,
            raw.get("duration_seconds"),
        )

    def awards(self, key: str, allowed: bool, what: str) -> tuple[AwardDecisionRecord, ...]:
        decisions = []
        seen: set[str] = set()
        for i, raw_decision in enumerate(self.document.get(key, [])):
            where = f"{key}[{i}]"
            if not allowed:
                raise BadInput(f"une session {self.kind} ne décide pas {what}", field=where)
            _check_known(raw_decision["candidate"], self.candidate_refs, f"{where}.candidate", "candidat")
            if raw_decision["candidate"] in seen:
                raise BadInput(f"deuxième décision pour {raw_decision['candidate']}", field=where)
            seen.add(raw_decision["candidate"])
            decisions.append(
                AwardDecisionRecord(
                    raw_decision["candidate"],
                    raw_decision["decision"],
                    self.jurors_of(raw_decision, where),
                    raw_decision.get("justification", ""),
                )
            )
        return tuple(decisions)

    def sign_off(self) -> SignOff | None:
        raw_sign = self.document.get("sign_off")
        if raw_sign is None:
            return None
        try:
            dt.datetime.fromisoformat(raw_sign["at"])
        except ValueError:
            raise BadInput(f"horodatage invalide « {raw_sign['at']} »", field="sign_off.at") from None
        confirmations = []
        for i, raw in enumerate(raw_sign.get("confirmations", [])):
            where = f"sign_off.confirmations[{i}]"
            _check_known(raw["by"], self.juror_refs, f"{where}.by", "juré")
            confirmations.append(Confirmation(raw["subject"], " ".join(raw["reference"].split()), raw["by"]))
        return SignOff(raw_sign["at"], self.jurors_of(raw_sign, "sign_off"), tuple(confirmations))

    def schedule(self) -> tuple[ScheduleEntry, ...]:
        entries = []
        for i, raw in enumerate(self.document.get("schedule", [])):
            where = f"schedule[{i}]"
            _check_known(raw["candidate"], self.candidate_refs, f"{where}.candidate", "candidat")
            if raw["assessment"] not in ASSESSMENT_KINDS:
                raise BadInput(f"épreuve « {raw['assessment']} » inconnue", field=f"{where}.assessment")
            ccp = raw.get("ccp") or None
            if ccp is not None and ccp not in self.title.ccp_codes:
                raise BadInput(f"« {ccp} » n'est pas un CCP de {self.title.code}", field=f"{where}.ccp")
            start = _datetime(raw["start"], f"{where}.start")
            end = _datetime(raw["end"], f"{where}.end")
            if end <= start:
                raise BadInput(f"la fin ({raw['end']}) doit suivre le début ({raw['start']})", field=f"{where}.end")
            first, last = self.session_dates
            for name, moment in (("start", start), ("end", end)):
                if not first <= moment.date() <= last:
                    raise BadInput(
                        f"épreuve prévue le {moment:%d/%m/%Y}, hors des dates de la session "
                        f"(du {first:%d/%m/%Y} au {last:%d/%m/%Y})",
                        field=f"{where}.{name}",
                    )
            sits = self.candidate_ccps_by_ref.get(raw["candidate"]) or self.session_ccps
            if ccp is not None and self.kind == "ccp" and ccp not in sits:
                raise BadInput(f"le candidat ne présente pas {ccp} dans cette session", field=f"{where}.ccp")
            entries.append(
                ScheduleEntry(
                    raw["candidate"],
                    raw["assessment"],
                    ccp,
                    " ".join((raw.get("room") or "").split()),
                    start,
                    end,
                    self.jurors_of(raw, where),
                )
            )
        return tuple(entries)


def _datetime(value: str, field: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadInput(f"horaire invalide « {value} » (format attendu AAAA-MM-JJTHH:MM)", field=field) from None


def parse_session(document: Any, library: ReferentielSource) -> ImportedSession:
    """Check a session document fully and build its data; BadInput names the field at fault."""
    return _SessionParser(document, library).parse()


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


class _GivenReferentiels:
    """The référentiels a caller already holds (a session file's), as a `ReferentielSource`."""

    def __init__(self, referentiels: Mapping[str, Referentiel]) -> None:
        self.referentiels = referentiels

    def get(self, code: str) -> Referentiel | None:
        return self.referentiels.get(code)

    def codes(self) -> list[str]:
        return sorted(self.referentiels)

    def check_compatible(self, ref: Referentiel, *, field: str = "") -> None:
        return None


# A session section the schema accepts: checking one candidate needs a whole document around it.
_PLACEHOLDER_SESSION = {"ref": "S", "title": "T", "kind": "titre", "start": "2000-01-01", "end": "2000-01-01"}


def parse_candidate(
    document: Any, session: SessionInfo, referentiels: Mapping[str, Referentiel], *, field: str = ""
) -> Candidate:
    """One §2 candidate (`candidates[i]` of a session document), checked as `parse_session` checks
    it (schema, text limits, ECF and prior CCP codes, held CCS, `ccps` of a session CCP) for
    `session`, whose title and earlier versions are in `referentiels`. BadInput names the field
    at fault under `field` (« prior_ccps[0].ccp » when `field` is empty)."""
    inner = "candidates[0]"

    def moved(path: str) -> str:
        rest = path[len(inner) :].lstrip(".") if path.startswith(inner) else path
        if not field:
            return rest
        return f"{field}{rest}" if rest.startswith("[") or not rest else f"{field}.{rest}"

    wrapper = {"format": FORMAT, "session": _PLACEHOLDER_SESSION, "jurors": [], "candidates": [document]}
    try:
        validate(wrapper, FORMAT)
        check_texts(document, cast("dict[str, Any]", SESSION_TEXTS)["candidates"][0], field=inner)
        parser = _SessionParser(wrapper, _GivenReferentiels(referentiels))
        title = referentiels.get(session.title)
        if title is None:
            raise BadInput(f"titre « {session.title} » inconnu", field="session.title")
        parser.title = title
        parser.kind = session.kind
        parser.session_ccps = session.ccps
        return parser.candidate(0, document)
    except BadInput as exc:
        raise BadInput(exc.problem, file=exc.file, field=moved(exc.field)) from None
