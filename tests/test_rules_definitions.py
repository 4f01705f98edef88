"""The definitions at the head of DOMAIN.md §6 (second edition), on their own: end(T) with
prorogations, « + 1 year », earlier versions (through `correspondence.from` only), what a prior
CCP is worth in T, each candidate's examined CCPs and a person's identity.

Built from model objects directly, so that cases a session document cannot express (a
correspondence naming a code that is not a CCP of T) are reachable too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from juryapp.model import (
    Candidate,
    Certificate,
    Correspondence,
    PriorCcp,
    Prorogation,
    Referentiel,
    SessionInfo,
)
from juryapp.rules.holdings import (
    add_one_year,
    completion_deadline,
    earlier_versions,
    examined_ccps,
    fold_name,
    identity,
    map_prior_ccp,
    version_chain,
)

D = dt.date


def version(
    code: str,
    ccps: tuple[str, ...] = ("CCP1", "CCP2", "CCP3"),
    *,
    valid: tuple[str, str] = ("2023-01-01", "2027-12-31"),
    status: str = "active",
    successor: str | None = None,
    source: str | None = None,
    mapping: dict[str, tuple[str, ...]] | None = None,
    verified: bool = True,
    prorogations: tuple[str, ...] = (),
) -> Referentiel:
    correspondence = Correspondence(source, verified, mapping or {}) if source else None
    return Referentiel(
        code=code,
        tp_code="TP-" + code,
        name="Titre de test",
        level=4,
        nsf="200r",
        valid_from=D.fromisoformat(valid[0]),
        valid_until=D.fromisoformat(valid[1]),
        status=status,
        successor=successor,
        verified=True,
        ccps=tuple(Certificate(c, f"Bloc {c}") for c in ccps),
        correspondence=correspondence,
        prorogations=tuple(Prorogation(D.fromisoformat(u)) for u in prorogations),
    )


def library(*versions: Referentiel) -> dict[str, Referentiel]:
    return {v.code: v for v in versions}


def person(ref: str = "C1", last: str = "Durand", first: str = "Élodie", born: str | None = "1990-01-10", **kw):
    values = dict(
        ref=ref,
        last_name=last,
        first_name=first,
        birth_date=D.fromisoformat(born) if born else None,
        birth_place="Lyon (69)",
        pathway="capitalisation",
        from_training=False,
        vae_admissibility_date=None,
        experience_months=0,
        professional_dossier=True,
        ecf={},
        prior_ccps=(),
        held_titles=(),
        attendance="present",
    )
    values.update(kw)
    return Candidate(**values)


# -- end(T), « + 1 year », the completion deadline ------------------------------------------------


def test_end_is_valid_until_without_prorogation():
    assert version("T").end == D(2027, 12, 31)


def test_end_is_the_last_prorogations_until():
    assert version("T", prorogations=("2028-03-31", "2028-09-30")).end == D(2028, 9, 30)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2028, 2, 29), D(2029, 2, 28)),
        (D(2024, 2, 29), D(2025, 2, 28)),
        (D(2027, 2, 28), D(2028, 2, 28)),  # not the 29th of the leap year after
        (D(2027, 3, 1), D(2028, 3, 1)),
        (D(2027, 12, 31), D(2028, 12, 31)),
        (D(2028, 1, 1), D(2029, 1, 1)),
    ],
)
def test_one_year_later_is_the_same_day_and_28_february_for_29_february(day, expected):
    assert add_one_year(day) == expected


def test_closed_means_status_closed_and_no_successor():
    assert version("T", status="closed").closed is True
    assert version("T", status="closed", successor="T2").closed is False
    assert version("T", status="active").closed is False
    assert version("T", status="revised", successor="T2").closed is False


def test_completion_deadline_is_end_or_one_year_after_for_a_closed_title():
    assert completion_deadline(version("T")) == D(2027, 12, 31)
    assert completion_deadline(version("T", status="closed")) == D(2028, 12, 31)
    # With a successor there is no grace year, whatever the status says.
    assert completion_deadline(version("T", status="closed", successor="T2")) == D(2027, 12, 31)
    closed_leap = version("T", status="closed", valid=("2023-03-01", "2028-02-29"))
    assert completion_deadline(closed_leap) == D(2029, 2, 28)
    prorogated = version("T", status="closed", prorogations=("2028-06-30",))
    assert completion_deadline(prorogated) == D(2029, 6, 30)


# -- earlier versions ------------------------------------------------------------------------------


def test_earlier_versions_follow_correspondence_from_step_by_step():
    refs = library(
        version("V0"),
        version("V1", source="V0", mapping={"CCP1": ("CCP1",)}),
        version("T", source="V1", mapping={"CCP1": ("CCP1",)}),
    )
    assert version_chain("T", refs) == ["T", "V1", "V0"]
    assert earlier_versions("T", refs) == {"V1", "V0"}
    assert earlier_versions("V1", refs) == {"V0"}
    assert earlier_versions("V0", refs) == set()


def test_a_successor_link_alone_makes_no_earlier_version():
    refs = library(version("V1", status="revised", successor="T"), version("T"))
    assert earlier_versions("T", refs) == set()


def test_a_cycle_of_correspondences_ends():
    refs = library(version("A", source="B"), version("B", source="A"))
    assert version_chain("A", refs) == ["A", "B"]


def test_a_correspondence_from_an_unknown_version_names_it_and_stops():
    refs = library(version("T", source="GONE", mapping={"CCP1": ("CCP1",)}))
    assert version_chain("T", refs) == ["T", "GONE"]


# -- what a prior CCP is worth in T ----------------------------------------------------------------


def prior(title: str, ccp: str) -> PriorCcp:
    return PriorCcp(title, ccp, D(2021, 6, 1))


def test_a_ccp_of_t_itself_counts_as_itself():
    holding = map_prior_ccp(prior("T", "CCP2"), "T", library(version("T")))
    assert holding.codes == ("CCP2",) and holding.path == ("T",)
    assert holding.verified and not holding.through_correspondence


def test_a_ccp_is_carried_through_each_table_and_verified_only_if_all_are():
    refs = library(
        version("V0"),
        version("V1", source="V0", mapping={"CCP1": ("CCP2",)}, verified=False),
        version("T", source="V1", mapping={"CCP2": ("CCP3",)}),
    )
    holding = map_prior_ccp(prior("V0", "CCP1"), "T", refs)
    assert holding.codes == ("CCP3",)
    assert holding.path == ("V0", "V1", "T")
    assert holding.through_correspondence and not holding.verified


def test_one_old_ccp_may_be_worth_several_new_ones():
    refs = library(version("V1"), version("T", source="V1", mapping={"CCP1": ("CCP2", "CCP1")}))
    assert map_prior_ccp(prior("V1", "CCP1"), "T", refs).codes == ("CCP1", "CCP2")


def test_codes_reached_through_a_correspondence_count_only_when_they_are_ccps_of_t():
    # A table naming a code T does not have (a document cannot say so; a model can): dropped.
    refs = library(version("V1"), version("T", source="V1", mapping={"CCP1": ("CCP1", "CCP9"), "CCP2": ("CCP9",)}))
    assert map_prior_ccp(prior("V1", "CCP1"), "T", refs).codes == ("CCP1",)
    lost = map_prior_ccp(prior("V1", "CCP2"), "T", refs)
    assert lost.codes == () and not lost.mapped


def test_a_ccp_lost_on_the_way_is_not_mapped():
    refs = library(
        version("V0"),
        version("V1", ("CCP1", "CCPX"), source="V0", mapping={"CCP1": ("CCPX",)}),
        version("T", source="V1", mapping={"CCP1": ("CCP1",)}),
    )
    assert map_prior_ccp(prior("V0", "CCP1"), "T", refs).codes == ()


def test_a_ccp_of_a_later_or_unrelated_version_is_not_mapped():
    refs = library(version("T"), version("T2", source="T", mapping={"CCP1": ("CCP1",)}), version("U"))
    assert map_prior_ccp(prior("T2", "CCP1"), "T", refs).codes == ()
    assert map_prior_ccp(prior("U", "CCP1"), "T", refs).codes == ()


# -- examined CCPs ---------------------------------------------------------------------------------


def session(kind: str, ccps: tuple[str, ...] = (), ccs: str | None = None) -> SessionInfo:
    return SessionInfo("S", "T", kind, ccps, ccs, "Centre", "Salle", D(2026, 10, 12), D(2026, 10, 13))


def test_examined_ccps_of_each_session_kind():
    title = version("T", ("CCP3", "CCP1", "CCP2"))
    assert examined_ccps(session("titre"), title, person(ccps=("CCP1",))) == ("CCP1", "CCP2", "CCP3")
    assert examined_ccps(session("ccp", ("CCP3", "CCP2")), title, person()) == ("CCP2", "CCP3")
    assert examined_ccps(session("ccp", ("CCP3", "CCP2")), title, person(ccps=("CCP3",))) == ("CCP3",)
    assert examined_ccps(session("ccp", ("CCP3", "CCP2")), title) == ("CCP2", "CCP3")
    assert examined_ccps(session("ccs", ccs="CCS1"), title, person()) == ()


# -- identity ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Élodie", "ELODIE"),
        ("Jean-Baptiste", "jean baptiste"),
        ("D'Alembert", "dalembert"),
        ("Lœuillet", "LOEUILLET"),
        ("Lætitia", "LAETITIA"),
        ("Ǣlfred", "aelfred"),
        ("Ǽlfred", "aelfred"),
        ("Ngọc Ánh", "NGOC ANH"),
        ("Straße", "STRASSE"),
        ("  Zoë\t", "zoe"),
        ("Ｄｕｒａｎｄ", "durand"),  # full-width letters (NFKD)
    ],
)
def test_names_fold_to_the_same_letters(a, b):
    assert fold_name(a) == fold_name(b)


@pytest.mark.parametrize(("a", "b"), [("Élodie", "Mélodie"), ("Durand", "Durant"), ("Lœ", "Le"), ("Anne", "Anna")])
def test_different_names_stay_different(a, b):
    assert fold_name(a) != fold_name(b)


def test_identity_is_birth_name_first_name_and_birth_date():
    assert identity(person()) == identity(person("C2", "DURAND", "elodie", usage_name="Martin"))
    assert identity(person()) != identity(person(born="1990-01-11"))
    assert identity(person(last="Martin", usage_name="Durand")) != identity(person())
    assert identity(person(born=None)) == identity(person("C2", born=None))
