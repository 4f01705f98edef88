"""The secretary's candidates (juryapp.operations.candidates): the form and its checks as typed,
add / edit / remove and their refusals, the spreadsheet import with its preview, duplicates and
the centre archive's proposals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from juryapp import operations as ops
from juryapp.cli import main
from juryapp.errors import BadInput, SessionLocked
from juryapp.model import PriorCcp
from juryapp.operations import candidates as cands
from juryapp.operations import candidates_archive, candidates_import
from juryapp.operations.sessions import read
from juryapp.rules.codes import Code
from juryapp.storage.archive import CentreArchive, TakenBackCandidate, TakenBackSession
from juryapp.storage.lock import FileBusy, SessionLock
from juryapp.storage.store import SessionStore
from tests.conftest import sign_off_demo

SHEETS = Path(__file__).parent / "data" / "spreadsheets"
ACTOR = "Secrétariat"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def store(demo: Path):
    with SessionStore.open(demo) as opened:
        yield opened


def fields(**changes: Any) -> dict[str, Any]:
    """A new candidate's form, admissible in the demo's session titre."""
    base: dict[str, Any] = {
        "ref": "",
        "last_name": "Martin",
        "usage_name": "",
        "first_name": "Camille",
        "birth_date": "1992-05-14",
        "birth_place": "Lyon (69)",
        "pathway": "formation",
        "from_training": True,
        "vae_admissibility_date": None,
        "experience_months": 0,
        "professional_dossier": True,
        "ecf": {"CCP1": True, "CCP2": True},
        "prior_ccps": [],
        "held_titles": [],
        "attendance": "present",
    }
    return {**base, **changes}


def audit_actions(store: SessionStore) -> list[str]:
    return [row["action"] for row in store.audit_log()]


def write_csv(path: Path, *rows: str) -> Path:
    header = "Référence;Nom de naissance;Prénom(s);Date de naissance;Lieu de naissance;Parcours;"
    header += "Dossier professionnel;ECF CCP1;ECF CCP2;CCP déjà obtenus"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def make_archive(path: Path) -> Path:
    """An archive where Olivier Lambert (04/09/1986) obtained CCP2 of RNCP34079 in a signed-off session."""
    people = (
        TakenBackCandidate(
            ref="C3",
            last_name="Lambert",
            first_name="Olivier",
            birth_date=dt.date(1986, 9, 4),
            birth_place="Lyon (69)",
            ccps_obtained=("CCP2",),
        ),
    )
    taken = TakenBackSession(
        ref="2023-NTC-011",
        title="RNCP34079",
        kind="ccp",
        centre="Centre de test",
        place="Villeurbanne",
        start=dt.date(2023, 6, 14),
        end=dt.date(2023, 6, 15),
        signed_off_at="2023-06-15T17:00:00",
        candidates=people,
    )
    document = {"format": "juryapp.session/1", "session": {"ref": taken.ref, "title": taken.title}}
    with CentreArchive.open(path) as archive:
        archive.take_back(None, taken, document, by="secrétariat")
    return path


# -- the form ---------------------------------------------------------------------------------------


def test_every_demo_candidate_goes_through_the_form_unchanged(store: SessionStore) -> None:
    view = read(store)
    for candidate in view.data.candidates:
        assert cands.candidate_from_fields(view, cands.candidate_fields(candidate)) == candidate


def test_a_field_in_fault_is_named_in_french_with_its_key(store: SessionStore) -> None:
    view = read(store)
    with pytest.raises(cands.CandidateFieldError) as wrong:
        cands.candidate_from_fields(view, fields(birth_date="1992-02-30"))
    assert wrong.value.key == "birth_date" and wrong.value.field == "Date de naissance"
    assert "date invalide" in str(wrong.value)
    prior = [{"title": "RNCP34079", "ccp": "CCP5", "obtained_on": "2023-06-15"}]
    with pytest.raises(cands.CandidateFieldError) as wrong:
        cands.candidate_from_fields(view, fields(prior_ccps=prior))
    assert wrong.value.key == "prior_ccps" and wrong.value.path == "prior_ccps[0].ccp"
    assert str(wrong.value) == "CCP déjà obtenus n° 1 (CCP) : « CCP5 » n'est pas un CCP de RNCP34079"
    with pytest.raises(cands.CandidateFieldError, match="Nom de naissance : nom de naissance manquant"):
        cands.candidate_from_fields(view, fields(last_name="   "))
    with pytest.raises(cands.CandidateFieldError, match="ECF CCS9"):
        cands.candidate_from_fields(view, fields(ecf={"CCS9": True}))
    with pytest.raises(cands.CandidateFieldError, match='Parcours : valeur "alternance" non reconnue'):
        cands.candidate_from_fields(view, fields(pathway="alternance"))
    with pytest.raises(cands.CandidateFieldError, match="seule une session CCP"):
        cands.candidate_from_fields(view, fields(ccps=["CCP1"]))


def test_dates_may_be_given_as_dates_and_names_are_collapsed(store: SessionStore) -> None:
    view = read(store)
    candidate = cands.candidate_from_fields(
        view, fields(birth_date=dt.date(1992, 5, 14), last_name="  Le   Goff ", vae_admissibility_date="")
    )
    assert candidate.birth_date == dt.date(1992, 5, 14) and candidate.last_name == "Le Goff"
    assert candidate.ref == cands.PENDING_REF and candidate.vae_admissibility_date is None


def test_admission_blockers_show_as_the_form_is_typed(store: SessionStore) -> None:
    view = read(store)

    def codes(**changes: Any) -> list[Code]:
        return [f.code for f in cands.candidate_check(view, cands.candidate_from_fields(view, fields(**changes)))]

    assert codes() == []
    vae = {"pathway": "vae", "ecf": {}, "from_training": False, "experience_months": 24}
    assert codes(**vae) == [Code.VAE_NO_ADMISSIBILITY]
    findings = cands.candidate_check(view, cands.candidate_from_fields(view, fields(**vae)))
    assert findings[0].message.startswith("Recevabilité VAE absente") and findings[0].blocker
    assert codes(**{**vae, "vae_admissibility_date": "2026-09-01", "experience_months": 8}) == [
        Code.VAE_EXPERIENCE_TOO_SHORT
    ]
    assert codes(professional_dossier=False, ecf={"CCP1": True}) == [Code.NO_PROFESSIONAL_DOSSIER, Code.ECF_MISSING]
    assert codes(pathway="capitalisation", from_training=False) == [
        Code.PATHWAY_NOT_FOR_SESSION,
        Code.NO_ADMISSION_GROUND,
    ]
    # The same person as C01 (accents and case aside): both would be blocked.
    assert codes(last_name="DURAND", first_name="elodie", birth_date="1994-03-02") == [Code.DUPLICATE_CANDIDATE]


def test_checking_an_edit_replaces_the_candidate_rather_than_adding_a_twin(store: SessionStore) -> None:
    view = read(store)
    current = view.data.candidate("C05")  # VAE without a recevabilité date in the demo
    assert [f.code for f in cands.candidate_check(view, current)] == [Code.VAE_NO_ADMISSIBILITY]
    fixed = cands.candidate_from_fields(
        view, {**cands.candidate_fields(current), "vae_admissibility_date": "2026-09-01"}
    )
    assert cands.candidate_check(view, fixed) == []


# -- add, edit, remove ------------------------------------------------------------------------------


def test_a_candidate_is_added_with_a_new_ref_and_never_gets_a_used_one(store: SessionStore) -> None:
    change = cands.add_candidate(store, fields(), actor=ACTOR)
    assert change.candidates == ("C1",) and change.table == "candidates"
    added = store.snapshot().candidate("C1")
    assert added is not None and added.attendance == "present" and added.display_name == "MARTIN Camille"
    assert audit_actions(store)[-1] == "add_candidates"
    with pytest.raises(cands.CandidateFieldError, match="déjà celle de MARTIN Camille"):
        cands.add_candidate(store, fields(ref="C1", first_name="Paul"), actor=ACTOR)
    cands.remove_candidate(store, "C1", "Inscrit par erreur", actor=ACTOR)
    with pytest.raises(cands.CandidateFieldError, match="jamais redonnée"):
        cands.add_candidate(store, fields(ref="C1"), actor=ACTOR)
    assert cands.add_candidate(store, fields(first_name="Paul"), actor=ACTOR).candidates == ("C2",)
    assert cands.add_candidate(store, fields(ref="C2b", first_name="Jean"), actor=ACTOR).candidates == ("C2b",)


def test_adding_a_duplicate_names_both_in_the_change(store: SessionStore) -> None:
    change = cands.add_candidate(
        store, fields(last_name="Durand", first_name="Élodie", birth_date="1994-03-02"), actor=ACTOR
    )
    assert change.candidates == ("C1", "C01")
    outcome = read(store).outcomes["C1"]
    assert outcome.has(Code.DUPLICATE_CANDIDATE)


def test_an_edit_changes_the_file_keeps_ref_and_attendance(store: SessionStore) -> None:
    view = read(store)
    current = view.data.candidate("C08")  # excused in the demo
    form = {**cands.candidate_fields(current), "attendance": "present"}
    assert cands.edit_candidate(store, "C08", form, actor=ACTOR).details["changed"] == {}
    form["usage_name"] = "Roussel"
    change = cands.edit_candidate(store, "C08", form, actor=ACTOR)
    assert change.details["changed"] == {"usage_name": ["", "Roussel"]}
    edited = store.snapshot().candidate("C08")
    assert edited.usage_name == "Roussel" and edited.attendance == "excused"
    with pytest.raises(cands.CandidateFieldError, match="ne change pas"):
        cands.edit_candidate(store, "C08", {**form, "ref": "C99"}, actor=ACTOR)
    with pytest.raises(BadInput, match="inconnu"):
        cands.edit_candidate(store, "C404", form, actor=ACTOR)


def test_a_removal_needs_a_reason_and_no_decision_of_the_jury(store: SessionStore) -> None:
    with pytest.raises(BadInput, match="motif"):
        cands.remove_candidate(store, "C07", "  ", actor=ACTOR)
    with pytest.raises(BadInput) as refused:
        cands.remove_candidate(store, "C01", "Désistement", actor=ACTOR)
    message = str(refused.value)
    assert "le résultat du CCP1" in message and "l'entretien final" in message
    assert "la décision sur le titre" in message
    assert store.snapshot().candidate("C01") is not None
    change = cands.remove_candidate(store, "C07", "Désistement écrit du 2 décembre", actor=ACTOR)
    assert change.candidates == ("C07",)
    assert store.snapshot().candidate("C07") is None and "C07" in store.removed_candidates()


def test_after_the_hand_off_only_the_attendance_changes(store: SessionStore) -> None:
    store.record_handoff("H1", "vers_jury", actor=ACTOR)
    for attempt in (
        lambda: cands.add_candidate(store, fields(), actor=ACTOR),
        lambda: cands.edit_candidate(store, "C07", cands.candidate_fields(store.snapshot().candidate("C07"))),
        lambda: cands.remove_candidate(store, "C07", "Désistement"),
        lambda: candidates_import.accept_import(
            store, candidates_import.preview_import(store, SHEETS / "candidats-30.xlsx")
        ),
    ):
        with pytest.raises(BadInput, match="remis au jury : seule la présence peut encore changer"):
            attempt()
    ops.set_attendance(store, "C07", "absent", actor=ACTOR)
    assert store.snapshot().candidate("C07").attendance == "absent"


def test_after_the_sign_off_candidates_do_not_change(store: SessionStore) -> None:
    sign_off_demo(store)
    with pytest.raises(SessionLocked, match="close"):
        cands.add_candidate(store, fields(), actor=ACTOR)
    with pytest.raises(SessionLocked, match="close"):
        cands.remove_candidate(store, "C07", "Désistement", actor=ACTOR)


# -- the import -------------------------------------------------------------------------------------


def test_thirty_candidates_are_imported_in_one_transaction(store: SessionStore) -> None:
    before = len(store.snapshot().candidates)
    actions = len(audit_actions(store))
    preview = candidates_import.preview_import(store, SHEETS / "candidats-30.xlsx")
    assert preview.ok and len(preview.rows) == 30 and preview.summary() == "30 candidats lus, 0 erreur"
    assert len(store.snapshot().candidates) == before  # a preview writes nothing
    renumbered = [row for row in preview.rows if row.renumbered_from]
    assert [(r.renumbered_from, r.candidate.ref) for r in renumbered] == [("C10", "C31")]  # the demo's C10
    assert any("capitalisation" in line for line in preview.notes())  # C30: a blocker, shown
    change = candidates_import.accept_import(store, preview, actor=ACTOR)
    assert len(change.candidates) == 30
    assert len(store.snapshot().candidates) == before + 30
    new_rows = store.audit_log()[actions:]
    assert [row["action"] for row in new_rows] == ["add_candidates"]
    with pytest.raises(BadInput, match="la session a changé depuis l'aperçu"):
        candidates_import.accept_import(store, preview, actor=ACTOR)


def test_a_wrong_list_is_previewed_with_every_error_and_never_accepted(store: SessionStore) -> None:
    preview = candidates_import.preview_import(store, SHEETS / "errors.csv")
    assert not preview.ok
    texts = [p.text() for p in preview.problems]
    assert "ligne 3, colonne « Date de naissance » : date invalide « 1990/02/01 »" in texts[5]
    assert all(text.startswith("ligne ") for text in texts) and len(texts) == 25
    assert [p.line for p in preview.problems] == sorted(p.line for p in preview.problems)
    with pytest.raises(BadInput, match="25 erreurs"):
        candidates_import.accept_import(store, preview, actor=ACTOR)
    assert len(store.snapshot().candidates) == 10


def test_rows_are_checked_like_session_candidates_on_their_line_and_column(store: SessionStore, tmp_path: Path) -> None:
    sheet = write_csv(
        tmp_path / "liste.csv",
        "C01;ROCHE;Luc;01/02/1990;Lyon;formation;oui;oui;oui;",
        ";PETIT;Ana;02/03/1991;Nice;formation;oui;oui;oui;CCP5 15/06/2023 RNCP34079",
        ";BLANC;Léo;03/04/1992;Metz;formation;oui;oui;oui;CCP1 15/06/2023 RNCP99999",
    )
    preview = candidates_import.preview_import(store, sheet)
    assert [p.text() for p in preview.problems] == [
        "ligne 3, colonne « CCP déjà obtenus » : CCP déjà obtenus n° 1 (CCP) : « CCP5 » n'est pas un CCP de RNCP34079",
        "ligne 4, colonne « CCP déjà obtenus » : CCP déjà obtenus n° 1 (titre) : titre « RNCP99999 » inconnu",
    ]
    first = preview.rows[0]
    assert (
        first.renumbered_from == "C01" and first.candidate is not None and first.candidate.ref == "C3"
    )  # C1, C2: the rows without one
    assert preview.rows[1].candidate is None


def test_duplicates_with_the_sheet_and_the_session_are_flagged(store: SessionStore, tmp_path: Path) -> None:
    sheet = write_csv(
        tmp_path / "liste.csv",
        ";Durand;Elodie;02/03/1994;Lyon;formation;oui;oui;oui;",
        ";ROCHE;Luc;01/02/1990;Lyon;formation;oui;oui;oui;",
        ";Roche;LUC;01/02/1990;Lyon;formation;oui;oui;oui;",
    )
    preview = candidates_import.preview_import(store, sheet)
    assert preview.ok
    durand, luc, twin = preview.rows
    assert durand.duplicates == ("même personne que C01 DURAND Élodie, déjà inscrit(e) dans la session",)
    assert luc.duplicates == ("même personne que la ligne 4 (ROCHE LUC)",)
    assert twin.duplicates == ("même personne que la ligne 3 (ROCHE Luc)",)
    assert any("doublon" in line for line in preview.lines())


def test_the_archive_proposes_what_a_candidate_already_holds(store: SessionStore, tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "archive.sqlite")
    preview = candidates_import.preview_import(store, SHEETS / "candidats-30.xlsx", archive=archive)
    lambert = next(row for row in preview.rows if row.candidate and row.candidate.last_name == "LAMBERT")
    (proposal,) = lambert.proposals
    assert proposal.prior_ccps == (PriorCcp("RNCP34079", "CCP2", dt.date(2023, 6, 15), "2023-NTC-011"),)
    assert "CCP2 de RNCP34079 obtenu le 15/06/2023, session 2023-NTC-011 (Villeurbanne)" in proposal.text()
    assert any("archive" in line and "LAMBERT" in line for line in preview.notes())
    assert sum(bool(row.proposals) for row in preview.rows) == 1
    candidates_import.accept_import(store, preview, apply_archive=True, actor=ACTOR)
    imported = store.snapshot().candidate(lambert.candidate.ref)
    assert [(p.ccp, p.session) for p in imported.prior_ccps] == [("CCP1", "2024-NTC-007"), ("CCP2", "2023-NTC-011")]


def test_a_proposal_is_applied_only_when_accepted(store: SessionStore, tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "archive.sqlite")
    view = read(store)
    person = fields(last_name="LAMBERT", first_name="olivier", birth_date="1986-09-04")
    found = candidates_archive.archive_proposals(view, cands.candidate_from_fields(view, person), archive=archive)
    assert [p.prior_ccps[0].ccp for p in found] == ["CCP2"]
    plain = cands.add_candidate(store, person, actor=ACTOR).candidates[0]
    assert store.snapshot().candidate(plain).prior_ccps == ()
    person["first_name"] = "Olivier-Jean"  # another person, to add with the proposal
    with_archive = cands.add_candidate(store, person, proposals=found, actor=ACTOR).candidates[0]
    assert [p.ccp for p in store.snapshot().candidate(with_archive).prior_ccps] == ["CCP2"]
    assert (
        candidates_archive.archive_proposals(view, cands.candidate_from_fields(view, person), archive=tmp_path / "none")
        == []
    )


def test_the_command_s_import_writes_nothing_on_a_dry_run_or_an_error(demo: Path) -> None:
    original = demo.read_bytes()
    preview = candidates_import.import_candidates_file(demo, SHEETS / "candidats-30.xlsx", dry_run=True)
    assert preview.ok and not preview.written and demo.read_bytes() == original
    preview = candidates_import.import_candidates_file(demo, SHEETS / "errors.csv", dry_run=False)
    assert not preview.ok and not preview.written and demo.read_bytes() == original
    preview = candidates_import.import_candidates_file(demo, SHEETS / "candidats-30.xlsx", dry_run=False, actor=ACTOR)
    assert preview.written
    with SessionStore.open(demo, write=False) as store:
        assert len(store.snapshot().candidates) == 40


def test_a_session_held_by_another_writer_is_not_imported_into(demo: Path) -> None:
    with SessionLock(demo, "fenêtre de Claire"):
        with pytest.raises(FileBusy, match="fenêtre de Claire"):
            candidates_import.import_candidates_file(demo, SHEETS / "candidats-30.xlsx", dry_run=False)


def test_the_template_has_an_ecf_column_per_ccp_of_the_session(store: SessionStore, tmp_path: Path) -> None:
    target = tmp_path / "modele.csv"
    candidates_import.save_template(target, read(store))
    header = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "ECF CCP1;ECF CCP2" in header
    preview = candidates_import.preview_import(store, target)
    assert preview.ok and preview.rows[0].candidate.last_name == "MARTIN"
