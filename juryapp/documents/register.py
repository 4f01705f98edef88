"""The register of issued documents as printing and verification see it (DOMAIN.md §8).

One entry per candidate and document kind: an original, then « duplicata n » for each later
copy. Printing a document that has a valid original (not cancelled by a revocation) is an
explicit request (`duplicata`); a print of the whole session leaves out, and lists, the documents
already issued (decision and pre-session ones) and prints those that are due.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from juryapp.documents.centre_keys import SESSION_KEY_NAME, day_text, trusted_keys
from juryapp.documents.data import KIND_LABELS, DocumentData
from juryapp.documents.seal import Verification, verify_pdf
from juryapp.errors import BadInput
from juryapp.model import PRE_SESSION_KINDS
from juryapp.rules.wording import fr_datetime
from juryapp.storage.store import SessionStore

DRAFT = "draft"  # a draft (a decision document before sign-off…): watermarked, not sealed, not registered
ORIGINAL = "original"
DUPLICATE = "duplicate"
ISSUED = "issued"  # a decision document already issued, no duplicata asked for: left out, or refused alone
SKIPPED = "skipped"  # a pre-session document already issued, left out of a whole-session print
UNSEALED = "unsealed"  # a pre-session document printed without the centre's key: not registered


@dataclass(frozen=True, slots=True)
class Issue:
    """How one document is printed now: `status`, its valid original and the duplicata number."""

    status: str
    original: dict[str, Any] | None = None
    number: int = 0


def is_draft(data: DocumentData) -> bool:
    """A draft is never sealed nor registered: a decision document before sign-off, or a
    pre-session document while the schedule is incomplete (the content code decides)."""
    return data.meta.draft


def decide_issue(store: SessionStore, data: DocumentData, *, duplicata: bool, whole_session: bool) -> Issue:
    """Whether `data` is printed as a draft, an original, the next duplicata, or not at all."""
    if is_draft(data):
        return Issue(DRAFT)
    meta = data.meta
    original = store.valid_original(meta.kind, meta.candidate)
    if original is None:
        return Issue(ORIGINAL)
    if duplicata:
        return Issue(DUPLICATE, original, store.next_duplicate_number(original["id"]))
    if whole_session and meta.kind in PRE_SESSION_KINDS:
        return Issue(SKIPPED, original)
    return Issue(ISSUED, original)


def dated(entry: Mapping[str, Any]) -> str | None:
    """The ISO date printed on a registered document; None when it carries none (pre-session)."""
    return str(entry["dated"]) if entry.get("dated") else None


def describe_entry(entry: Mapping[str, Any], names: Mapping[str, str] | None = None) -> str:
    """« Parchemin — C01 Élodie DURAND — n° ABCD-EFGH-JK du 08/12/2026 (imprimé le … par …) »."""
    label = KIND_LABELS.get(str(entry["kind"]), str(entry["kind"]))
    candidate = entry.get("candidate")
    who = f" — {candidate} {(names or {}).get(str(candidate), '')}".rstrip() if candidate else " — session"
    number = entry.get("duplicate_number") or 0
    copy = f", duplicata n° {number}" if number else ""
    day = dated(entry)
    when = f" daté du {day_text(day)}" if day else ""
    return (
        f"{label}{who} — n° {entry['short_code']}{copy}{when} "
        f"(imprimé le {fr_datetime(str(entry['issued_at']))} par {entry['issued_by']})"
    )


class AlreadyIssued(BadInput):
    """Final documents already issued were asked for without `--duplicata`; `lines` lists them.

    With `whole_session`: a print of the whole session found nothing due (every document it gives
    is already issued), so it could only make duplicatas."""

    def __init__(
        self, lines: list[str], *, file: object = None, window: bool = False, whole_session: bool = False
    ) -> None:
        self.lines = lines
        count = len(lines)
        plural = "s" if count > 1 else ""
        if whole_session:
            how = (
                "confirmez l'impression de duplicatas"
                if window
                else "ajoutez --duplicata pour en imprimer des duplicatas"
            )
            message = (
                f"aucun document à délivrer, {count} document{plural} définitif{plural} déjà "
                f"délivré{plural} : rien n'a été écrit ; {how}"
            )
        else:
            how = (
                "confirmez l'impression d'un duplicata"
                if window
                else "ajoutez --duplicata pour en imprimer un duplicata"
            )
            message = f"{count} document{plural} définitif{plural} déjà délivré{plural}, rien n'a été imprimé : {how}"
        super().__init__(message, file=None if file is None else str(file))


def cancellation_text(entry: Mapping[str, Any]) -> str:
    """« annulé le 10/12/2026 à 09:00, motif : … »."""
    reason = str(entry.get("cancellation_reason") or "").strip()
    if reason.lower().startswith("annulé le"):
        return reason
    return f"annulé le {fr_datetime(entry.get('cancelled_at'))}, motif : {reason or '—'}"


def session_keys(store: SessionStore) -> dict[str, tuple[str, Ed25519PublicKey]]:
    """The keys the session's register knows (they sealed some of its documents)."""
    keys = {}
    for row in store.seal_keys():
        try:
            raw = base64.b64decode(row["public_key"], validate=True)
            keys[row["fingerprint"]] = (SESSION_KEY_NAME, Ed25519PublicKey.from_public_bytes(raw))
        except ValueError:
            continue
    return keys


def verify_document(pdf: bytes, store: SessionStore | None = None) -> tuple[bool, Verification, list[str]]:
    """Verify a document with every key the centre knows and, given the session, its register's keys.

    Returns (valid, verification, lines): with a session, the lines say whether the document is
    in the register, whether it is the registered file and whether it was cancelled since.
    """
    try:
        known: dict[str, tuple[str, Ed25519PublicKey]] = trusted_keys()
        problem = None
    except BadInput as error:  # a damaged centre register vouches for nothing
        known, problem = {}, error.message
    if store is not None:
        known = {**session_keys(store), **known}
    result = verify_pdf(pdf, trusted=known)
    if problem and not result.ok:
        result = Verification(
            False, result.verdict, [*result.problems, problem], result.payload, result.signer, result.fingerprint
        )
    lines: list[str] = []
    ok = result.ok
    if ok and result.signer == SESSION_KEY_NAME:
        # Accepted (DOMAIN.md §8: any key the register knows), but only the session file given
        # with the document vouches for that key: say so, and how to check it.
        sealed_by = f"{SESSION_KEY_NAME} (empreinte {result.fingerprint})"
        result = dataclasses.replace(
            result, verdict=result.verdict.replace(sealed_by, f"{sealed_by}, que ce poste ne connaît pas", 1)
        )
        lines.append(
            f"cette clé n'est ni une clé du centre connue de ce poste ni celle d'un centre approuvé : seul le "
            f"fichier de session la déclare ; vérifiez son empreinte {result.fingerprint} auprès du centre qui a "
            "délivré le document (« juryapp key show » sur son poste) avant de vous y fier"
        )
    if store is None or not ok or result.payload is None:
        return ok, result, lines
    entry = store.issued_by_code(str(result.payload.get("short_code", "")))
    if entry is None:
        return False, result, ["ce code n'est pas inscrit au registre de cette session"]
    what = describe_entry(entry)
    if entry["sha256"] != hashlib.sha256(pdf).hexdigest():
        ok = False
        lines.append(f"le fichier diffère de celui inscrit au registre de la session ({what})")
    else:
        lines.append(f"inscrit au registre de la session, identique au fichier délivré : {what}")
    if entry.get("cancelled_at"):
        ok = False
        lines.append(f"ce document n'est plus valide : {cancellation_text(entry)}")
    return ok, result, lines
