"""The Titre Professionnel rules (DOMAIN.md §6 and §7), as pure functions."""

from juryapp.rules.codes import CODE_INFO, Code, Finding
from juryapp.rules.engine import Outcome, ccps_examined, evaluate_candidate, evaluate_session
from juryapp.rules.sign_off import SignOffNeeds, Subject, sign_off_needs, sign_off_problems, sign_off_window

__all__ = [
    "CODE_INFO",
    "Code",
    "Finding",
    "Outcome",
    "SignOffNeeds",
    "Subject",
    "ccps_examined",
    "evaluate_candidate",
    "evaluate_session",
    "sign_off_needs",
    "sign_off_problems",
    "sign_off_window",
]
