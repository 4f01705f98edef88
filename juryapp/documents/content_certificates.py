"""The parchemin and the livret de certification of one candidate (DOMAIN.md §5).

Part of `juryapp.documents.content`. A parchemin is built only for an outcome whose document is
`parchemin`, a livret only for `livret`: a candidate with a blocker never gets one, draft or
final. A final one needs the sign-off and the session's issuer complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from juryapp.documents.content_identity import (
    certificate_name,
    decision_date,
    delivery_place,
    holder,
    meta,
    require_issuer,
    session_dates,
    signatory,
    title_info,
)
from juryapp.documents.data import CcpLine, LivretData, ParcheminData
from juryapp.rules.wording import fr_date
from juryapp.session_view import SessionView
from juryapp.settings import Settings


def in_title_order(view: SessionView, codes: Iterable[str]) -> list[str]:
    """The codes once each, in the order of T's CCPs (unknown codes last, by code)."""
    order = {code: i for i, code in enumerate(view.title.ccp_codes)}
    return sorted(set(codes), key=lambda c: (order.get(c, len(order)), c))


def held_lines(view: SessionView, ref: str, draft: bool = False) -> list[CcpLine]:
    """Every CCP of T the candidate holds after the session, once, with its first date, its
    session and, when it came through a correspondence, its origin (« CCP1 de RNCP34079 »).

    A CCP held through several priors keeps the earliest; one obtained in this session is dated
    with the session's last day."""
    outcome = view.outcomes[ref]
    title = view.title
    session = view.data.session
    earliest: dict[str, tuple[dt.date, CcpLine]] = {}
    for holding in outcome.prior_holdings:
        prior = holding.prior
        for code in holding.codes:
            origin = f"{prior.ccp} de {prior.title}" if holding.through_correspondence else ""
            notes = []
            if draft and not holding.verified:
                notes.append(f"correspondance {' → '.join(holding.path)} non vérifiée")
            if draft and not prior.session.strip():
                notes.append("session non renseignée")
            line = CcpLine(
                code,
                certificate_name(view, title.code, code),
                "obtenu",
                fr_date(prior.obtained_on) if prior.obtained_on else "",
                prior.session.strip(),
                note=", ".join(notes),
                origin=origin,
            )
            when = prior.obtained_on or dt.date.max
            if code not in earliest or when < earliest[code][0]:
                earliest[code] = (when, line)
    for code in outcome.ccps_obtained:
        if code not in earliest:
            line = CcpLine(code, certificate_name(view, title.code, code), "obtenu", fr_date(session.end), session.ref)
            earliest[code] = (session.end, line)
    return [earliest[code][1] for code in in_title_order(view, earliest)]


def parchemin(view: SessionView, ref: str, draft: bool, settings: Settings, today: dt.date) -> ParcheminData | None:
    """The parchemin of `ref` (title or CCS), None when the outcome gives none.

    `settings` and `today` are no longer read (the issuer and the sign-off date come from the
    session); they stay for the callers' sake."""
    outcome = view.outcomes[ref]
    candidate = view.data.candidate(ref)
    if candidate is None or outcome.document != "parchemin" or outcome.blockers:
        return None
    if not draft:
        require_issuer(view, "parchemin")
    issued_on = decision_date(view, draft)
    session = view.data.session
    is_ccs = session.kind == "ccs" and bool(session.ccs)
    ccs_name = certificate_name(view, session.title, session.ccs) if is_ccs and session.ccs else None
    return ParcheminData(
        meta(view, "parchemin", ref, draft, delivery_place(view), issued_on, [ref]),
        title_info(view.title),
        holder(candidate),
        () if is_ccs else tuple(held_lines(view, ref, draft)),
        signatory(view),
        ccs_name,
        session_dates(view),
    )


def livret(view: SessionView, ref: str, draft: bool, settings: Settings, today: dt.date) -> LivretData | None:
    """The livret de certification of `ref`, None when the outcome gives none."""
    outcome = view.outcomes[ref]
    candidate = view.data.candidate(ref)
    if candidate is None or outcome.document != "livret" or outcome.blockers or outcome.completion_deadline is None:
        return None
    if not draft:
        require_issuer(view, "livret")
    issued_on = decision_date(view, draft)
    title = view.title
    missing = [
        CcpLine(code, certificate_name(view, title.code, code), "à obtenir")
        for code in title.ccp_codes
        if code not in outcome.ccps_held
    ]
    return LivretData(
        meta(view, "livret", ref, draft, delivery_place(view), issued_on, [ref]),
        title_info(title),
        holder(candidate),
        tuple(held_lines(view, ref, draft)),
        tuple(missing),
        fr_date(outcome.completion_deadline),
        signatory(view),
    )
