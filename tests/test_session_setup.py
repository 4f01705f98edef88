"""Creating a session (operations.session_setup): the title version must be open on the dates,
a prorogation recorded with its source opens it, and the file is written with no candidate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from juryapp.errors import BadInput
from juryapp.model import Issuer
from juryapp.operations import integrity, sessions
from juryapp.operations import session_setup as setup
from juryapp.storage.store import SessionStore


def _new(**changes: object) -> setup.NewSession:
    values: dict = {
        "ref": "2026-NTC-050",
        "title": "RNCP39063",
        "kind": "titre",
        "start": dt.date(2026, 12, 14),
        "end": dt.date(2026, 12, 15),
        "centre": "AFPA Lyon",
        "place": "Lyon",
        "issuer": Issuer("DREETS Auvergne-Rhône-Alpes", "Lyon", "Mme Claire Dumas", "Directrice régionale"),
    }
    values.update(changes)
    return setup.NewSession(**values)


def test_a_new_session_is_written_sound_with_its_facts_and_no_candidate(tmp_path: Path) -> None:
    target = setup.create_session(_new(), tmp_path / "nouvelle.jury", actor="Secrétariat")
    assert integrity.check_file(target).sound
    with SessionStore.open(target, write=False) as store:
        view = sessions.read(store)
    info = view.data.session
    assert (info.ref, info.title, info.kind, info.start, info.place) == (
        "2026-NTC-050",
        "RNCP39063",
        "titre",
        dt.date(2026, 12, 14),
        "Lyon",
    )
    assert info.issuer.signatory == "Mme Claire Dumas"
    assert view.data.candidates == () and view.data.jurors == ()


def test_the_title_versions_known_are_offered_newest_first() -> None:
    codes = [ref.code for ref in setup.title_versions()]
    assert codes.index("RNCP39063") < codes.index("RNCP34079")


def test_a_title_version_not_open_on_the_dates_is_refused_with_the_rules_sentence(tmp_path: Path) -> None:
    new = _new(title="RNCP34079", start=dt.date(2024, 7, 1), end=dt.date(2024, 7, 2))
    problem = setup.title_problem(new)
    assert problem is not None and not problem.warning
    assert "n'est plus en vigueur depuis le 09/06/2024" in problem.message
    with pytest.raises(BadInput, match="n'est plus en vigueur"):
        setup.create_session(new, tmp_path / "refusee.jury")
    assert not (tmp_path / "refusee.jury").exists()


def test_a_recorded_prorogation_with_its_source_opens_the_version(tmp_path: Path) -> None:
    new = _new(title="RNCP34079", start=dt.date(2024, 7, 1), end=dt.date(2024, 7, 2))
    problem = setup.title_problem(new)
    assert problem is not None and problem.prorogation_until == dt.date(2024, 7, 2)
    with pytest.raises(BadInput, match="source"):
        setup.record_prorogation("RNCP34079", dt.date(2024, 8, 31), "  ")
    referentiel = setup.record_prorogation("RNCP34079", dt.date(2024, 8, 31), "Arrêté du 30 mai 2024, JO du 6 juin")
    assert referentiel.end == dt.date(2024, 8, 31)
    assert setup.title_problem(new) is None  # read again from the machine's library
    target = setup.create_session(new, tmp_path / "prorogee.jury")
    with SessionStore.open(target, write=False) as store:
        assert store.referentiels()["RNCP34079"].end == dt.date(2024, 8, 31)


def test_the_form_says_each_thing_that_is_wrong() -> None:
    problems = setup.check_new_session(
        _new(ref=" ", kind="ccp", ccps=("CCP7",), start=dt.date(2026, 12, 15), end=dt.date(2026, 12, 14))
    )
    text = " | ".join(problems)
    assert "La référence de la session est obligatoire" in text
    assert "CCP7 n'est pas un CCP de RNCP39063" in text
    assert "avant son début" in text
    assert any("aucun CCS" in p for p in setup.check_new_session(_new(kind="ccs", ccs="CCS1")))
    assert any("au moins un CCP" in p for p in setup.check_new_session(_new(kind="ccp")))
