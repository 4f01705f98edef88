"""A consistent reading of a session: its current data and every candidate's outcome.

What the window shows, what the documents print and what `juryapp results` reports are all
read through `read_session`, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from juryapp.model import Referentiel, SessionData
from juryapp.rules import Outcome, evaluate_session, sign_off_problems
from juryapp.storage.store import SessionStore


@dataclass(frozen=True, slots=True)
class SessionView:
    data: SessionData
    referentiels: Mapping[str, Referentiel]
    outcomes: Mapping[str, Outcome]
    # Why the recorded sign-off does not meet DOMAIN.md §7 today (a file signed off by an earlier
    # version of juryapp, say): no final document may rely on it then. Empty when it does.
    sign_off_problems: tuple[str, ...] = ()

    @property
    def title(self) -> Referentiel:
        return self.referentiels[self.data.session.title]

    @property
    def locked(self) -> bool:
        return self.data.sign_off is not None


def read_session(
    store: SessionStore, previous: SessionView | None = None, refs: Iterable[str] | None = None
) -> SessionView:
    """The session as stored now; given `previous` and `refs`, only those candidates are re-evaluated.

    Re-evaluating a subset is right when a change concerns only those candidates (a result, a
    decision, an attendance): no rule makes one candidate's outcome depend on another's records.
    """
    data = store.snapshot()
    referentiels = store.referentiels()
    if previous is None or refs is None:
        outcomes = {o.ref: o for o in evaluate_session(data, referentiels)}
    else:
        outcomes = dict(previous.outcomes)
        outcomes.update({o.ref: o for o in evaluate_session(data, referentiels, only=set(refs))})
    problems: tuple[str, ...] = ()
    if data.sign_off is not None:
        problems = tuple(sign_off_problems(data, referentiels, data.sign_off, outcomes.values(), strict_subjects=False))
    return SessionView(data, referentiels, outcomes, problems)
