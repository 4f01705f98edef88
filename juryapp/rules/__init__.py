"""The Titre Professionnel rules (DOMAIN.md §6), as pure functions."""

from juryapp.rules.codes import CODE_INFO, Code, Finding
from juryapp.rules.engine import Outcome, ccps_examined, evaluate_candidate, evaluate_session

__all__ = [
    "CODE_INFO",
    "Code",
    "Finding",
    "Outcome",
    "ccps_examined",
    "evaluate_candidate",
    "evaluate_session",
]
