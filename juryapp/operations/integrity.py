"""Is this session file as juryapp left it? The check, and the centre key's seal over the sign-off.

`check_store` verifies SQLite's integrity, the schema version and every table, trigger and index
of the schema, the ledger (the hash chain over every row and audit entry) and the sign-off seal:
the centre key's Ed25519 signature over a digest of every decision of the session, made at
sign-off and after each revocation. `juryapp check`, the window, `results` and `print` rely on
it; an import checks the seal of the document it reads.

What this protects against, and what it cannot: docs/integrity.md.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from juryapp.errors import BadInput
from juryapp.model import Referentiel, SessionData
from juryapp.rules.wording import fr_datetime
from juryapp.storage.ledger import verify_ledger
from juryapp.storage.schema import SCHEMA_VERSION, check_session_file, migrate
from juryapp.storage.store import SessionStore

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

SEAL_DOMAIN = b"juryapp.sign_off_seal/1\n"


def decisions_digest(data: SessionData, referentiels: Mapping[str, Referentiel]) -> str:
    """The SHA-256 of every decision of the session, as the exchange document states them.

    The session, its jurors and conflicts, candidates, attendance, observations, results,
    entretiens finals, decisions, schedule and sign-off (date, signers, confirmations); not the
    issuer (it may be completed after sign-off) nor the référentiels (they are checked apart).
    """
    from juryapp.documents.seal import canonical_json
    from juryapp.exchange.session_export import session_to_document

    document = session_to_document(data, referentiels)
    document.pop("referentiels", None)
    document["session"].pop("issuer", None)
    if document.get("sign_off"):
        document["sign_off"].pop("seal", None)
    return hashlib.sha256(canonical_json(document)).hexdigest()


def _signature_ok(public: Ed25519PublicKey, signature_b64: str, digest: str) -> bool:
    try:
        public.verify(base64.b64decode(signature_b64, validate=True), SEAL_DOMAIN + digest.encode("ascii"))
    except Exception:  # noqa: BLE001 - any malformed or wrong signature is simply not valid
        return False
    return True


def seal_problem(seal: Mapping[str, Any], digest: str, known: Mapping[str, tuple[str, Ed25519PublicKey]]) -> str | None:
    """Why a sign-off seal does not vouch for `digest` with a key in `known`, None when it does."""
    try:
        key_print = str(seal["key"])
        signature = str(seal["signature"])
        sealed_digest = str(seal["digest"])
    except (KeyError, TypeError):
        return "sceau de clôture incomplet (clé, empreinte ou signature manquante)"
    if sealed_digest != digest:
        return "les décisions ne sont plus celles que le sceau de clôture couvre : elles ont été modifiées"
    entry = known.get(key_print)
    if entry is None:
        return f"sceau de clôture fait avec la clé {key_print}, inconnue de ce centre"
    if not _signature_ok(entry[1], signature, digest):
        return f"signature du sceau de clôture invalide pour la clé {key_print}"
    return None


def make_seal(digest: str, now: str) -> dict[str, str] | None:
    """The centre key's seal over `digest`; None when this machine holds no usable centre key."""
    from juryapp.documents.centre_keys import KeyUnavailable, signing_key

    try:
        key = signing_key()
    except KeyUnavailable:
        return None
    signature = key.sign(SEAL_DOMAIN + digest.encode("ascii"))
    return {
        "key": key.fingerprint,
        "public_key": key.public_b64(),
        "digest": digest,
        "signature": base64.b64encode(signature).decode("ascii"),
        "at": now,
    }


def seal_sign_off(store: SessionStore, *, actor: str, reason: str) -> bool:
    """Seal the signed-off session's decisions as they stand now; False when no centre key is here."""
    if not store.is_locked:
        return False
    digest = decisions_digest(store.snapshot(), store.referentiels())
    current = store.latest_seal()
    if current is not None and current["digest"] == digest:
        return True
    seal = make_seal(digest, store.clock().isoformat(timespec="seconds"))
    if seal is None:
        return False
    store.record_seal_key(seal["key"], seal["public_key"], actor=actor)
    store.record_seal(seal, reason=reason, actor=actor)
    return True


def current_seal(store: SessionStore) -> dict[str, str] | None:
    """The seal to export with the sign-off: the newest, when it still covers the decisions."""
    seal = store.latest_seal()
    if seal is None or not store.is_locked:
        return None
    if seal["digest"] != decisions_digest(store.snapshot(), store.referentiels()):
        return None
    return seal


def known_keys(store: SessionStore | None = None) -> dict[str, tuple[str, Ed25519PublicKey]]:
    """Keys a seal may be made with: the centre's (current, retired) and the trusted centres'."""
    from juryapp.documents.centre_keys import trusted_keys

    try:
        return trusted_keys()
    except BadInput:
        return {}


@dataclass(slots=True)
class CheckReport:
    """What `juryapp check` found: problems (altered or damaged: exit 2) and notes (sound)."""

    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        verdict = (
            "Fichier sain : intègre, tel que juryapp l'a écrit"
            if self.sound
            else "Fichier ALTÉRÉ ou endommagé : ne délivrez aucun document définitif à partir de ce fichier"
        )
        return [verdict, *(f"  - {p}" for p in self.problems), *(f"  · {n}" for n in self.notes)]

    def summary(self) -> str:
        """One line for a refusal: the first problems."""
        shown = " ; ".join(self.problems[:3])
        more = f" (et {len(self.problems) - 3} autres)" if len(self.problems) > 3 else ""
        return f"fichier altéré ou endommagé hors de juryapp : {shown}{more} ; vérifiez-le avec « juryapp check »"


@cache
def _expected_schema() -> dict[tuple[str, str], str]:
    conn = sqlite3.connect(":memory:")
    try:
        migrate(conn, None, 0)
        return _schema_objects(conn)
    finally:
        conn.close()


def _schema_objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {
        (row[0], row[1]): " ".join((row[2] or "").split())
        for row in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    }


_KINDS = {"table": "table", "trigger": "déclencheur", "index": "index", "view": "vue"}


def check_schema(conn: sqlite3.Connection) -> list[str]:
    """Tables, triggers and indexes missing, added or changed compared with this version's schema."""
    expected, actual = _expected_schema(), _schema_objects(conn)
    problems = []
    for (kind, name), sql in sorted(expected.items()):
        if (kind, name) not in actual:
            problems.append(f"{_KINDS.get(kind, kind)} « {name} » supprimé(e) hors de juryapp")
        elif actual[(kind, name)] != sql:
            problems.append(f"{_KINDS.get(kind, kind)} « {name} » modifié(e) hors de juryapp")
    for kind, name in sorted(set(actual) - set(expected)):
        problems.append(f"{_KINDS.get(kind, kind)} « {name} » ajouté(e) hors de juryapp")
    return problems


def check_store(store: SessionStore, *, full: bool = False) -> CheckReport:
    """Check an open session (`full`: SQLite's complete integrity check, else its quick one)."""
    report = CheckReport(store.path)
    conn = store.conn
    try:
        verdicts = [row[0] for row in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"SQLite : fichier endommagé ({exc})")
        return report
    if verdicts != ["ok"]:
        report.problems += [f"SQLite : {v}" for v in verdicts[:10]]
        return report
    stored = conn.execute("SELECT value FROM juryapp_meta WHERE key = 'schema_version'").fetchone()
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    if stored is None or int(stored[0]) != SCHEMA_VERSION or user_version != SCHEMA_VERSION:
        report.problems.append(
            f"version du format incohérente (en-tête {user_version}, table juryapp_meta "
            f"{stored[0] if stored else 'absente'}, attendue {SCHEMA_VERSION})"
        )
    report.problems += check_schema(conn)
    try:
        report.problems += [p.text for p in verify_ledger(conn)]
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"chaîne illisible ({exc})")
    first = conn.execute("SELECT body FROM ledger ORDER BY id LIMIT 1").fetchone()
    if first is not None and '"rebase"' in first[0] and "rien n'était chaîné" in first[0]:
        report.notes.append(
            "fichier d'un format antérieur : la chaîne ne couvre que ce qui a été écrit depuis sa mise à jour"
        )
    if report.problems:
        return report
    _check_seal(store, report)
    return report


def _check_seal(store: SessionStore, report: CheckReport) -> None:
    if not store.is_locked:
        report.notes.append("session non close : pas de sceau de clôture à vérifier")
        return
    from juryapp.documents.keys import fingerprint, parse_public_key

    seal = store.latest_seal()
    if seal is None:
        report.notes.append(
            "clôture non scellée (aucune clé du centre sur le poste qui l'a enregistrée) : elle le sera à "
            "l'impression des documents définitifs sur un poste qui détient la clé"
        )
        return
    digest = decisions_digest(store.snapshot(), store.referentiels())
    known = known_keys()
    in_file = {k["fingerprint"]: k["public_key"] for k in store.seal_keys()}
    key_print = seal["key"]
    if key_print not in known:
        # A key this machine does not know: the file's own record of it still shows whether the
        # decisions changed since, but whether it is the centre's is for a machine that knows.
        try:
            public = parse_public_key(seal["public_key"].encode("ascii"))
        except BadInput:
            report.problems.append("sceau de clôture : clé publique illisible")
            return
        if fingerprint(public) != key_print or in_file.get(key_print) != seal["public_key"]:
            report.problems.append(f"sceau de clôture : la clé {key_print} ne correspond pas à celle enregistrée")
            return
        if known:
            report.problems.append(f"sceau de clôture fait avec la clé {key_print}, inconnue de ce centre")
            return
        problem = seal_problem(seal, digest, {key_print: ("", public)})
        if problem is None:
            report.notes.append(
                f"sceau de clôture valide (clé {key_print}), mais ce poste ne connaît aucune clé du centre : "
                "vérifiez aussi sur un poste qui la détient"
            )
        else:
            report.problems.append(problem)
        return
    problem = seal_problem(seal, digest, known)
    if problem is not None and seal["digest"] != digest:
        later = _revocations_after_seal(store)
        if later:
            report.notes.append(
                f"sceau de clôture du {fr_datetime(seal['at'])} antérieur à {later} révocation(s) enregistrée(s) "
                "depuis (motifs et jurés à l'historique) : il sera renouvelé à la prochaine impression sur un "
                "poste qui détient la clé du centre"
            )
            problem = seal_problem({**seal, "digest": seal["digest"]}, seal["digest"], known)
    if problem is not None:
        report.problems.append(problem)
    elif seal["digest"] == digest:
        report.notes.append(
            f"sceau de clôture valide : {known[key_print][0]} ({key_print}), le {fr_datetime(seal['at'])}"
        )


def _revocations_after_seal(store: SessionStore) -> int:
    """Revocations juryapp recorded after the newest seal (a machine without the key could not renew it)."""
    sealed = store.conn.execute("SELECT max(id) FROM audit WHERE action = 'seal_sign_off'").fetchone()[0]
    if sealed is None:
        return 0
    return int(
        store.conn.execute("SELECT count(*) FROM audit WHERE action = 'revoke' AND id > ?", (sealed,)).fetchone()[0]
    )


def check_file(path: Path) -> CheckReport:
    """`juryapp check`: the file opened read-only (never written, even when older), checked in full."""
    path = Path(path)
    try:
        version = check_session_file(path)
    except BadInput as exc:
        return CheckReport(path, [exc.problem])
    try:
        store = SessionStore.open(path, write=False)
    except BadInput as exc:
        return CheckReport(path, [exc.problem])
    try:
        report = check_store(store, full=True)
        if version < SCHEMA_VERSION:
            report.notes.append(
                f"format {version} (cette version écrit le format {SCHEMA_VERSION}) : "
                "vérifié après mise à jour en mémoire"
            )
        return report
    except sqlite3.DatabaseError as exc:
        return CheckReport(path, [f"SQLite : fichier endommagé ({exc})"])
    finally:
        store.close()


def refuse_if_altered(store: SessionStore, what: str) -> None:
    """BadInput (exit 2) when the file's check fails: `what` (final documents, results) is not given."""
    report = check_store(store)
    if not report.sound:
        raise BadInput(f"{what} refusé(s) : {report.summary()}", file=store.path)
