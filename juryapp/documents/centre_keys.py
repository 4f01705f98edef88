"""The centre's seal key as the centre folder records it (DOMAIN.md §8): which key seals now,
which keys sealed before (retired) and when, the history of every act on them; and the key
that seals final documents, never made here. The acts themselves (new key, backup, restore)
are in `centre_key_acts`.

The centre folder (`keys.keys_dir()`) holds, besides the private key `centre-ed25519.pem`:

- `centre-keys.json`: the current key's public key and fingerprint, in use since when, and the
  public keys of the earlier (retired) keys with when each was in use: documents sealed with
  them still verify;
- `key-history.jsonl`: one line per act (new key, restore, backup): when, who, fingerprint, why;
- `retired/<fingerprint>.pem`: the private key a replacement put aside (it never seals again).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from juryapp.documents.keys import KEY_FILE, CentreKey, fingerprint, keys_dir, other_centres_keys
from juryapp.errors import BadInput, os_error_text

REGISTER_FILE = "centre-keys.json"
HISTORY_FILE = "key-history.jsonl"
RETIRED_DIR = "retired"
FORMAT = "juryapp.centre-keys/1"
CURRENT_KEY_NAME = "la clé du centre"
SESSION_KEY_NAME = "une clé connue seulement du registre de cette session"
CLI_HINT = (
    "restaurez-la avec « juryapp key restore FICHIER » (sauvegarde faite par « juryapp key backup »), "
    "ou remplacez-la volontairement par une nouvelle clé avec « juryapp key new --replace --reason TEXTE »"
)
CLI_HINT_FIRST = (
    "créez la clé du centre avec « juryapp key new », ou restaurez sa sauvegarde avec « juryapp key restore FICHIER »"
)
ACTION_LABELS = {
    "new": "nouvelle clé du centre",
    "restore": "clé du centre restaurée",
    "backup": "clé du centre sauvegardée",
}


def day_text(stamp: str | None) -> str:
    """« 08/12/2026 » from an ISO date or date-time (the text itself when it is not one)."""
    if not stamp:
        return ""
    try:
        return dt.datetime.fromisoformat(stamp).strftime("%d/%m/%Y")
    except ValueError:
        return stamp


@dataclass(frozen=True, slots=True)
class KeyPeriod:
    """A key of the centre and when it was in use (`until` None: still in use)."""

    fingerprint: str
    public_key: str  # base64 of the 32 raw bytes
    since: str
    until: str | None = None

    def public(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(self.public_key))

    def period_text(self) -> str:
        """« en usage depuis le 01/09/2026 » or « en usage du 01/09/2026 au 10/12/2026 »."""
        if self.until is None:
            return f"en usage depuis le {day_text(self.since)}"
        return f"en usage du {day_text(self.since)} au {day_text(self.until)}"

    def as_json(self) -> dict:
        return {
            "fingerprint": self.fingerprint,
            "public_key": self.public_key,
            "since": self.since,
            "until": self.until,
        }


@dataclass(frozen=True, slots=True)
class CentreKeys:
    """What the centre folder knows of its keys, and whether this machine holds the private key."""

    folder: Path
    current: KeyPeriod | None
    retired: tuple[KeyPeriod, ...]
    private_fingerprint: str | None  # the private key file's, None when it is absent or unreadable
    private_problem: str | None = None  # why the private key file cannot be read
    registered: bool = False  # the register file exists (False: a key made before it, or none)

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_FILE

    @property
    def has_private_file(self) -> bool:
        return self.private_fingerprint is not None or self.private_problem is not None


@dataclass(frozen=True, slots=True)
class KeyEvent:
    """One act on the centre's key, as the history file and a session's audit keep it."""

    action: str  # "new", "restore", "backup"
    fingerprint: str
    at: str
    by: str
    reason: str = ""
    retired: str | None = None  # the fingerprint of the key this act retired
    file: str | None = None  # the backup written or restored

    def as_json(self) -> dict:
        return {
            "at": self.at,
            "by": self.by,
            "action": self.action,
            "fingerprint": self.fingerprint,
            "reason": self.reason,
            "retired": self.retired,
            "file": self.file,
        }

    def describe(self) -> str:
        """One French line: « 08/12/2026 10:15 — nouvelle clé du centre 3F2A-… par … : motif »."""
        when = self.at.replace("T", " ")[:16]
        line = f"{when} — {ACTION_LABELS.get(self.action, self.action)} {self.fingerprint} par {self.by}"
        if self.retired:
            line += f" (ancienne clé {self.retired} retirée)"
        if self.file:
            line += f", fichier {self.file}"
        return line + (f" : {self.reason}" if self.reason else "")


class KeyUnavailable(BadInput):
    """Final documents cannot be sealed on this machine; `reason` says why, without the remedy."""

    def __init__(self, reason: str, *, file: Path, known: str | None = None, hint: str = CLI_HINT) -> None:
        self.reason = reason
        self.known = known  # the fingerprint of the key that sealed before, when one is known
        super().__init__(f"{reason} : {hint}", file=file)


# -- reading --------------------------------------------------------------------------------------


def _period(item: object, path: Path) -> KeyPeriod:
    if not isinstance(item, dict):
        raise BadInput("registre des clés du centre illisible (entrée mal formée)", file=path)
    try:
        period = KeyPeriod(str(item["fingerprint"]), str(item["public_key"]), str(item["since"]), item.get("until"))
        raw = base64.b64decode(period.public_key, validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (KeyError, ValueError) as error:
        raise BadInput(f"registre des clés du centre illisible ({error})", file=path) from None
    if fingerprint(raw) != period.fingerprint:
        raise BadInput(f"registre des clés du centre incohérent : empreinte {period.fingerprint}", file=path)
    return period


def read_centre_keys(folder: Path | None = None) -> CentreKeys:
    """The centre folder's keys; never creates nor changes a file. BadInput when the register is damaged."""
    folder = folder or keys_dir()
    path = folder / REGISTER_FILE
    current: KeyPeriod | None = None
    retired: tuple[KeyPeriod, ...] = ()
    registered = path.exists()
    if registered:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise BadInput(f"registre des clés du centre illisible ({os_error_text(error)})", file=path) from None
        except ValueError as error:
            raise BadInput(f"registre des clés du centre illisible ({error})", file=path) from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise BadInput(f"registre des clés du centre illisible (format attendu {FORMAT})", file=path)
        current = _period(document["current"], path) if document.get("current") else None
        retired = tuple(_period(item, path) for item in document.get("retired") or [])
    private_fingerprint = problem = None
    try:
        key = CentreKey.load(folder)
    except BadInput as error:
        key, problem = None, error.problem
    if key is not None:
        private_fingerprint = key.fingerprint
        if not registered:  # a key made before the register existed: in use since its file was made
            made = dt.datetime.fromtimestamp((folder / KEY_FILE).stat().st_mtime).isoformat(timespec="seconds")
            current = KeyPeriod(key.fingerprint, key.public_b64(), made)
    return CentreKeys(folder, current, retired, private_fingerprint, problem, registered)


def read_history(folder: Path | None = None) -> list[KeyEvent]:
    """Every act recorded in the history file, oldest first (unreadable lines are skipped)."""
    path = (folder or keys_dir()) / HISTORY_FILE
    events = []
    with contextlib.suppress(FileNotFoundError):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
                events.append(KeyEvent(**{k: item.get(k) for k in KeyEvent.__slots__}))  # type: ignore[arg-type]
            except (ValueError, TypeError):
                continue
    return events


def trusted_keys(folder: Path | None = None) -> dict[str, tuple[str, Ed25519PublicKey]]:
    """Every key a document may be sealed with, by fingerprint: `(who, key)`.

    `who` is « la clé du centre », « une ancienne clé du centre, en usage du … au … », or the
    name of another centre whose key is trusted. Looking never creates a key; BadInput when the
    register is damaged (it cannot vouch for anything then).
    """
    keys = other_centres_keys(folder)
    state = read_centre_keys(folder)
    for period in state.retired:
        keys[period.fingerprint] = (f"une ancienne clé du centre, {period.period_text()}", period.public())
    if state.current is not None:
        keys[state.current.fingerprint] = (CURRENT_KEY_NAME, state.current.public())
    if state.private_problem is not None and not state.registered:
        raise BadInput(f"clé du centre illisible ({state.private_problem})", file=state.key_path)
    return keys


def signing_key(folder: Path | None = None, *, session_keys: list[str] | tuple[str, ...] = ()) -> CentreKey:
    """The centre's private key, to seal final documents; never made here.

    Raises KeyUnavailable when this machine has no usable key: absent (naming the fingerprint
    the centre folder, or else the session's register `session_keys`, says was in use),
    unreadable, or not the key the centre folder records (replaced outside juryapp).
    """
    state = read_centre_keys(folder)
    if state.private_problem is not None:
        raise KeyUnavailable(f"clé du centre illisible ({state.private_problem})", file=state.key_path)
    if state.private_fingerprint is None:
        if state.current is not None:
            known, where = state.current.fingerprint, "d'après le dossier du centre"
        elif session_keys:
            known, where = session_keys[-1], "d'après le registre de cette session"
        else:
            raise KeyUnavailable(
                "aucune clé du centre sur cette machine : les documents définitifs ne peuvent pas être scellés",
                file=state.key_path,
                hint=CLI_HINT_FIRST,
            )
        raise KeyUnavailable(
            f"la clé du centre (empreinte {known}, {where}) est absente de cette machine : "
            "les documents définitifs ne peuvent pas être scellés",
            file=state.key_path,
            known=known,
        )
    if state.current is None or state.current.fingerprint != state.private_fingerprint:
        expected = state.current.fingerprint if state.current else "aucune"
        raise KeyUnavailable(
            f"la clé présente (empreinte {state.private_fingerprint}) n'est pas la clé du centre inscrite "
            f"au dossier du centre (empreinte {expected}) : elle a été remplacée hors de juryapp",
            file=state.key_path,
            known=expected if state.current else None,
        )
    key = CentreKey.load(state.folder)
    assert key is not None
    return key


def describe_centre_keys(folder: Path | None = None) -> list[str]:
    """The centre's keys and their history, in French, one fact a line (`juryapp key show`)."""
    state = read_centre_keys(folder)
    lines = [f"Dossier des clés : {state.folder}"]
    if state.current is None:
        lines.append("Clé du centre : aucune (à créer avec « juryapp key new »)")
    else:
        if state.private_problem:
            here = f"clé privée ILLISIBLE ({state.private_problem})"
        elif state.private_fingerprint == state.current.fingerprint:
            here = "clé privée présente sur cette machine"
        elif state.private_fingerprint:
            here = f"ATTENTION : la clé privée présente est une autre clé ({state.private_fingerprint})"
        else:
            here = "clé privée ABSENTE de cette machine (à restaurer depuis sa sauvegarde)"
        earlier = "".join(
            f" (déjà en usage du {day_text(p.since)} au {day_text(p.until)})"
            for p in state.retired
            if p.fingerprint == state.current.fingerprint
        )
        lines.append(f"Clé du centre : {state.current.fingerprint}, {state.current.period_text()}{earlier} — {here}")
    for period in state.retired:
        if state.current is not None and period.fingerprint == state.current.fingerprint:
            continue  # restored: it is the centre's key again, shown once (its earlier use above)
        lines.append(f"Ancienne clé : {period.fingerprint}, {period.period_text()}")
    for print_, (name, _key) in sorted(other_centres_keys(folder).items()):
        lines.append(f"Clé approuvée d'un autre centre : {print_} ({name})")
    history = read_history(folder)
    if history:
        lines.append("Historique :")
        lines += [f"  - {event.describe()}" for event in history]
    return lines
