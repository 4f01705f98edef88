"""From a session to what its documents say (juryapp.documents.data), following the rules.

This module is the entry point the callers use (`content.parchemin(view, ref, …)`); the work is
done in its sibling modules, whose public names it re-exports:
- `content_identity`: the title, the holder, the issuer, the dates, the meta and caveats;
- `content_certificates`: the parchemin and the livret, with the CCPs held;
- `content_candidate`: each CCP's status, the title/CCS decision, the fiche individuelle (which
  quotes the evaluation grid's marks and observations, for information);
- `content_schedule`: the convocation and the feuille d'émargement;
- `content_session`: the procès-verbal and the fiche synthèse.

A parchemin is built only for an outcome whose document is `parchemin`, a livret only for
`livret`: a candidate with a blocker never gets one, draft or final.

What a document may state (DOMAIN.md §5):
- a decision document is dated with the sign-off date, never the day it is printed; a draft of a
  session not signed off yet leaves the date to be filled. A final one needs the sign-off
  (`BadInput` on field `sign_off` otherwise);
- a final parchemin or livret needs the session's issuer complete (`BadInput` naming the empty
  `session.issuer.*` field); a draft prints a visible placeholder instead;
- data flagged `verified: false` is named « non vérifié » on drafts only (`Meta.caveats`, the
  livret's CCP notes); the sign-off confirms it before any final document relies on it;
- the signatures are the jurors who signed off (the fiche individuelle: those of them free of
  conflict with the candidate, see `fiche_signatories`);
- convocation and feuille d'émargement are final once the schedule gives every épreuve a slot,
  drafts before.
"""

from __future__ import annotations

from juryapp.documents.content_candidate import (
    ccp_status,
    decision_text,
    fiche_resultats,
    fiche_signatories,
    grid_quotes,
)
from juryapp.documents.content_certificates import held_lines, livret, parchemin
from juryapp.documents.content_identity import (
    ATTENDANCE_WORDS,
    DOCUMENT_WORDS,
    ISSUER_PLACEHOLDER,
    KIND_NAMES,
    NO_DECISION,
    NONE_MARK,
    arrete_text,
    caveats,
    centre_town,
    decision_date,
    delivery_place,
    holder,
    meta,
    pre_session_meta,
    require_issuer,
    session_dates,
    signatory,
    table_name,
    title_info,
)
from juryapp.documents.content_schedule import convocation, convocation_slots, emargement
from juryapp.documents.content_session import (
    confirmation_line,
    confirmation_lines,
    counts,
    fiche_synthese,
    pv,
    pv_row,
    pv_rows,
)

__all__ = [
    "ATTENDANCE_WORDS",
    "DOCUMENT_WORDS",
    "ISSUER_PLACEHOLDER",
    "KIND_NAMES",
    "NONE_MARK",
    "NO_DECISION",
    "arrete_text",
    "caveats",
    "ccp_status",
    "centre_town",
    "confirmation_line",
    "confirmation_lines",
    "convocation",
    "convocation_slots",
    "counts",
    "decision_date",
    "decision_text",
    "delivery_place",
    "emargement",
    "fiche_resultats",
    "fiche_signatories",
    "fiche_synthese",
    "grid_quotes",
    "held_lines",
    "holder",
    "livret",
    "meta",
    "parchemin",
    "pre_session_meta",
    "pv",
    "pv_row",
    "pv_rows",
    "require_issuer",
    "session_dates",
    "signatory",
    "table_name",
    "title_info",
]
