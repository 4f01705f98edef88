"""What every decision document names: the title, the holder, the issuer, the dates, the meta.

Part of `juryapp.documents.content` (which re-exports the public names). A decision document is
dated with the sign-off date, never the day it is printed; a final one needs the sign-off
(`BadInput` on field `sign_off`), and a final parchemin or livret the session's issuer complete.
Data flagged `verified: false` is named « non vérifié » on drafts only (`Meta.caveats`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from juryapp.documents.data import Holder, Meta, Signatory, TitleInfo
from juryapp.errors import BadInput
from juryapp.model import Arrete, Candidate, Issuer, Referentiel
from juryapp.rules import Outcome
from juryapp.rules.holdings import held_before_session, unverified_links
from juryapp.rules.wording import fr_date, french_date
from juryapp.session_view import SessionView

ATTENDANCE_WORDS = {"present": "Présence", "absent": "Absence", "excused": "Absence excusée"}
DOCUMENT_WORDS = {"parchemin": "Parchemin", "livret": "Livret de certification", "none": "Aucun document"}
NO_DECISION = "Sans décision"
NONE_MARK = "—"
ISSUER_PLACEHOLDER = "[{label} à renseigner]"
KIND_NAMES = {"parchemin": "parchemin", "livret": "livret de certification"}


def capital(text: str) -> str:
    """« Session CCP » from « session CCP » (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


# --- the title, the holder, the jurors ----------------------------------------------------------


def arrete_text(arrete: Arrete | None) -> str:
    """« Arrêté du 17 mai 2024 (JO du 25 mai 2024) »; a legacy free text as it is; "" if unknown."""
    if arrete is None:
        return ""
    if arrete.text.strip():
        return arrete.text.strip()
    if arrete.date is None:
        return ""
    text = f"Arrêté du {french_date(arrete.date)}"
    return f"{text} (JO du {french_date(arrete.jo)})" if arrete.jo else text


def title_info(ref: Referentiel, *, pre_session: bool = False) -> TitleInfo:
    """The certification as documents name it; a pre-session document names the title and its RNCP
    code only (DOMAIN.md §5): it is final before the sign-off has confirmed an unverified arrêté."""
    arrete = "" if pre_session else arrete_text(ref.arrete)
    return TitleInfo(ref.code, ref.tp_code, ref.name, ref.level, ref.level, ref.nsf, arrete)


def holder(candidate: Candidate) -> Holder:
    return Holder(
        candidate.ref,
        candidate.last_name,
        candidate.first_name,
        fr_date(candidate.birth_date),
        candidate.birth_place.strip(),
        candidate.usage_name.strip(),
    )


def table_name(candidate: Candidate) -> str:
    """« EL AMRANI Yasmine »: nom de naissance and prénom(s), as tables list people."""
    return f"{candidate.last_name.upper()} {candidate.first_name}".strip()


def certificate_name(view: SessionView, title_code: str, code: str) -> str:
    """The name of CCP (or CCS) `code` of `title_code`; the code itself when it is unknown."""
    ref = view.referentiels.get(title_code)
    certificate = ref.certificate(code) if ref else None
    return certificate.name if certificate else code


def juror_names(view: SessionView, refs: Iterable[str]) -> list[str]:
    """The jurors' names as printed (« Claire Fontaine-Dumas »); an unknown ref as it is."""
    names = []
    for juror_ref in refs:
        juror = view.data.juror(juror_ref)
        names.append(juror.display_name if juror else juror_ref)
    return names


def held_before(outcome: Outcome) -> set[str]:
    """The CCPs of T the candidate held before this session (directly or through a correspondence)."""
    return held_before_session(list(outcome.prior_holdings))


# --- the issuer -----------------------------------------------------------------------------------


def _issuer_value(issuer: Issuer, name: str) -> str:
    value = str(getattr(issuer, name)).strip()
    return value or ISSUER_PLACEHOLDER.format(label=Issuer.LABELS[name])


def require_issuer(view: SessionView, kind: str) -> None:
    """A final document that prints the issuer cannot be made while a field of it is empty."""
    issuer = view.data.session.issuer
    missing = issuer.missing()
    if missing:
        labels = [Issuer.LABELS[m.rsplit(".", 1)[1]] for m in missing]
        raise BadInput(
            f"à renseigner avant d'imprimer un {KIND_NAMES[kind]} définitif : {', '.join(labels)}",
            field=", ".join(missing),
        )


def signatory(view: SessionView) -> Signatory:
    issuer = view.data.session.issuer
    return Signatory(
        _issuer_value(issuer, "authority"), _issuer_value(issuer, "signatory"), _issuer_value(issuer, "role")
    )


def delivery_place(view: SessionView) -> str:
    """The commune of delivery written in « Fait à … »: the issuer's."""
    return _issuer_value(view.data.session.issuer, "place")


def centre_town(view: SessionView) -> str:
    """The centre's town (for pre-session documents): from the address, else the centre's name."""
    session = view.data.session
    match = re.search(r"\d{5}\s+([^,]+)$", session.place)
    if match:
        return match.group(1).strip()
    match = re.search(r"\(([^()]+)\)\s*$", session.centre)
    return match.group(1) if match else ""


# --- dates and meta -------------------------------------------------------------------------------


def session_dates(view: SessionView) -> str:
    session = view.data.session
    if session.start == session.end:
        return f"le {fr_date(session.start)}"
    return f"du {fr_date(session.start)} au {fr_date(session.end)}"


def decision_date(view: SessionView, draft: bool) -> dt.date | None:
    """A decision document's date: the sign-off's. A final one cannot exist before it."""
    sign = view.data.sign_off
    if sign is None:
        if not draft:
            raise BadInput(
                "la session n'est pas close : un document définitif porte la date de signature du "
                "procès-verbal, qui n'existe pas encore",
                field="sign_off",
            )
        return None
    if not draft and view.sign_off_problems:
        raise BadInput(
            "la clôture enregistrée ne respecte pas les règles de DOMAIN.md §7 ("
            + " ; ".join(view.sign_off_problems)
            + ") : aucun document définitif ne peut s'appuyer sur elle",
            field="sign_off",
        )
    return sign.date


def _unverified_links(view: SessionView, outcomes: Iterable[Outcome]) -> list[str]:
    links = {
        step
        for outcome in outcomes
        for holding in outcome.prior_holdings
        for step in unverified_links(holding, view.referentiels)
    }
    return [f"table de correspondance {older} → {newer} non vérifiée" for older, newer in sorted(links)]


def caveats(view: SessionView, draft: bool, refs: Iterable[str] | None = None) -> tuple[str, ...]:
    """The unverified facts a draft relies on; nothing on a final document (the sign-off confirmed them)."""
    if not draft:
        return ()
    title = view.title
    facts = []
    if not title.verified:
        facts.append(f"référentiel {title.code} non vérifié")
    if title.arrete is not None and not title.arrete.verified and arrete_text(title.arrete):
        text = arrete_text(title.arrete)
        facts.append(f"{text[0].lower()}{text[1:]} non vérifié")
    chosen = view.outcomes.values() if refs is None else [view.outcomes[r] for r in refs]
    facts += _unverified_links(view, chosen)
    return (f"à confirmer à la signature : {', '.join(facts)}",) if facts else ()


def meta(
    view: SessionView,
    kind: str,
    candidate: str | None,
    draft: bool,
    place: str,
    issued_on: dt.date | None,
    caveat_refs: Iterable[str] | None = None,
) -> Meta:
    """A decision document's meta; its caveats are the unverified facts a draft relies on."""
    return Meta(
        kind,
        view.data.session.ref,
        candidate,
        draft,
        place,
        issued_on,
        caveats=caveats(view, draft, caveat_refs),
    )


def pre_session_meta(view: SessionView, kind: str, candidate: str | None, reasons: list[str]) -> Meta:
    """A convocation's or émargement's meta: a draft while the schedule is incomplete (`reasons`);
    no date of its own (the épreuves' dates are its dates)."""
    draft = bool(reasons)
    return Meta(kind, view.data.session.ref, candidate, draft, centre_town(view), None, caveats=tuple(reasons))
