"""What changed in a session between its hand-off and its return (issue 11, point 6): the items of
two §2 documents compared one by one, and three documents (base, secretariat, jury) for conflicts.

The documents are small dicts made by hand, plus the design examples for realistic ones.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

from conftest import EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from juryapp.exchange.session_diff import Conflict, Difference, ThreeWay, differences, three_way


def _result(candidate: str, ccp: str, decision: str = "acquis", jurors: tuple = ("J1", "J2"), why: str = "") -> dict:
    return {"candidate": candidate, "ccp": ccp, "decision": decision, "jurors": list(jurors), "justification": why}


def _candidate(ref: str, last_name: str, attendance: str = "present") -> dict:
    return {
        "ref": ref,
        "last_name": last_name,
        "usage_name": None,
        "first_name": "Alex",
        "birth_date": "1994-03-02",
        "birth_place": "Lyon",
        "pathway": "formation",
        "from_training": True,
        "vae_admissibility_date": None,
        "experience_months": 0,
        "professional_dossier": True,
        "ecf": {"CCP1": True, "CCP2": True},
        "ccps": None,
        "prior_ccps": [],
        "held_titles": [],
        "attendance": attendance,
    }


def _juror(ref: str, last_name: str) -> dict:
    return {
        "ref": ref,
        "last_name": last_name,
        "first_name": "Claire",
        "habilitation_until": "2028-06-30",
        "conflicts": [],
    }


def _document() -> dict:
    """A small session: three candidates, two jurors, a few decisions, not signed off."""
    return {
        "format": "juryapp.session/1",
        "referentiels": [],
        "session": {
            "ref": "2026-NTC-042",
            "title": "RNCP39063",
            "kind": "titre",
            "ccps": [],
            "ccs": None,
            "centre": "Centre",
            "place": "Salle 1",
            "start": "2026-12-07",
            "end": "2026-12-08",
        },
        "jurors": [_juror("J1", "Martin"), _juror("J2", "Renaud")],
        "candidates": [_candidate("C1", "Benali"), _candidate("C2", "Durand"), _candidate("C3", "Roux")],
        "evaluations": [{"candidate": "C1", "competency": "CP1", "assessment": "mise_en_situation", "observation": ""}],
        "results": [_result("C1", "CCP1"), _result("C1", "CCP2"), _result("C3", "CCP1", "non_acquis", ())],
        "final_interviews": [{"candidate": "C1", "held_on": "2026-12-08", "jurors": ["J1", "J2"], "notes": ""}],
        "title_decisions": [],
        "ccs_decisions": [],
        "schedule": [
            {
                "candidate": "C1",
                "assessment": "mise_en_situation",
                "ccp": None,
                "room": "Salle 2",
                "start": "2026-12-07T09:00",
                "end": "2026-12-07T12:00",
                "jurors": ["J1", "J2"],
            }
        ],
        "sign_off": None,
    }


def _one(before: dict, after: dict) -> Difference:
    found = differences(before, after)
    assert len(found) == 1, [d.text() for d in found]
    return found[0]


# -- each area -----------------------------------------------------------------------------------------


def test_a_result_changed() -> None:
    before, after = _document(), _document()
    after["results"][2] = _result("C3", "CCP1", "acquis")
    difference = _one(before, after)
    assert (difference.candidate, difference.area, difference.key) == ("C3", "résultat", "CCP1")
    assert difference.before == before["results"][2] and difference.after == after["results"][2]
    assert difference.text() == "C3 — résultat CCP1 : non acquis → acquis (J1, J2)"


def test_a_result_added_and_one_removed() -> None:
    before, after = _document(), _document()
    after["results"].append(_result("C2", "CCP1", "non_acquis"))
    del after["results"][1]
    removed, added = differences(before, after)  # C1 comes before C2 in `after`
    assert (removed.candidate, removed.key, removed.before, removed.after) == ("C1", "CCP2", before["results"][1], None)
    assert (added.candidate, added.key, added.before, added.after) == ("C2", "CCP1", None, after["results"][-1])
    assert removed.text() == "C1 — résultat CCP2 : acquis (J1, J2) → —"
    assert added.text() == "C2 — résultat CCP1 : — → non acquis (J1, J2)"


def test_a_justification_alone_changed_is_shown() -> None:
    before, after = _document(), _document()
    after["results"][0]["justification"] = "Très bonne maîtrise"
    text = _one(before, after).text()
    assert text == "C1 — résultat CCP1 : acquis (J1, J2) ; justification (vide) → « Très bonne maîtrise »"


def test_final_interview_and_decisions() -> None:
    before, after = _document(), _document()
    after["final_interviews"][0]["held_on"] = "2026-12-07"
    after["title_decisions"].append(
        {"candidate": "C1", "decision": "awarded", "jurors": ["J1", "J2"], "justification": ""}
    )
    after["ccs_decisions"].append(
        {"candidate": "C2", "decision": "not_awarded", "jurors": ["J2"], "justification": "x"}
    )
    found = differences(before, after)
    assert [(d.candidate, d.area, d.key) for d in found] == [
        ("C1", "entretien final", ""),
        ("C1", "décision titre", ""),
        ("C2", "décision CCS", ""),
    ]
    assert [d.text() for d in found] == [
        "C1 — entretien final : tenu le 08/12/2026 (J1, J2) → tenu le 07/12/2026 (J1, J2)",
        "C1 — décision titre : — → attribué (J1, J2)",
        "C2 — décision CCS : — → non attribué (J2)",
    ]


def test_attendance() -> None:
    before, after = _document(), _document()
    after["candidates"][1]["attendance"] = "excused"
    difference = _one(before, after)
    assert (difference.candidate, difference.area, difference.key) == ("C2", "présence", "")
    assert (difference.before, difference.after) == ("present", "excused")
    assert difference.text() == "C2 — présence : présent → excusé"


def test_evaluation() -> None:
    before, after = _document(), _document()
    after["evaluations"][0]["observation"] = "Démarche rigoureuse,\nrapport clair."
    difference = _one(before, after)
    assert (difference.area, difference.key) == ("évaluation", "CP1/mise_en_situation")
    assert (
        difference.text()
        == "C1 — évaluation CP1 (mise en situation) : (vide) → « Démarche rigoureuse, rapport clair. »"
    )


def test_sign_off() -> None:
    before, after = _document(), _document()
    after["sign_off"] = {"at": "2026-12-08T17:30:00", "jurors": ["J1", "J2"], "confirmations": []}
    difference = _one(before, after)
    assert (difference.candidate, difference.area, difference.key, difference.before) == (None, "signature", "", None)
    assert difference.text() == "signature : non signée → signée le 08/12/2026 17:30 (J1, J2)"


def test_candidate_fields_are_one_item() -> None:
    before, after = _document(), _document()
    after["candidates"][0]["first_name"] = "Alexis"
    after["candidates"][0]["birth_date"] = "1994-02-03"
    difference = _one(before, after)
    assert (difference.candidate, difference.area, difference.key) == ("C1", "candidat", "")
    assert "attendance" not in difference.after
    assert difference.text() == "C1 — candidat : prénom Alex → Alexis ; date de naissance 02/03/1994 → 03/02/1994"


def test_candidate_added_and_removed() -> None:
    before, after = _document(), _document()
    after["candidates"].append(_candidate("C4", "Petit"))
    del after["candidates"][1]
    texts = [d.text() for d in differences(before, after)]
    assert texts == [
        "C4 — candidat ajouté : Petit Alex",
        "C4 — présence : — → présent",
        "C2 — candidat retiré : Durand Alex",
        "C2 — présence : présent → —",
    ]


def test_jurors_by_ref() -> None:
    before, after = _document(), _document()
    after["jurors"][1]["habilitation_until"] = "2029-06-30"
    after["jurors"][0]["conflicts"] = [{"candidate": "C2", "kind": "formateur", "note": ""}]
    after["jurors"].append(_juror("J3", "Petit"))
    found = differences(before, after)
    assert [(d.candidate, d.area, d.key) for d in found] == [
        (None, "jury", "J1"),
        (None, "jury", "J2"),
        (None, "jury", "J3"),
    ]
    assert [d.text() for d in found] == [
        "jury J1 : conflits d'intérêts aucun → C2 formateur",
        "jury J2 : habilitation jusqu'au 30/06/2028 → 30/06/2029",
        "jury J3 ajouté : Petit Claire",
    ]


def test_session_fields_and_referentiels() -> None:
    before, after = _document(), _document()
    after["session"]["place"] = "Salle 4"
    after["session"]["issuer"] = {"authority": "DREETS", "place": "Lyon", "signatory": None, "role": None}
    after["referentiels"] = [{"format": "juryapp.referentiel/1", "code": "RNCP39063", "ccps": []}]
    texts = [d.text() for d in differences(before, after)]
    assert texts == [
        "session, lieu : Salle 1 → Salle 4",
        "session, autorité de délivrance : — → DREETS Lyon",
        "session, référentiel RNCP39063 : ajouté",
    ]
    assert all(d.candidate is None and d.area == "session" for d in differences(before, after))


def test_schedule_by_assessment_and_ccp() -> None:
    before, after = _document(), _document()
    after["schedule"][0]["room"] = "Salle 3"
    after["schedule"].append(
        {**after["schedule"][0], "ccp": "CCP2", "start": "2026-12-08T09:00", "end": "2026-12-09T09:00"}
    )
    found = differences(before, after)
    assert [(d.area, d.key) for d in found] == [
        ("planning", "mise_en_situation"),
        ("planning", "mise_en_situation/CCP2"),
    ]
    assert found[0].text() == (
        "C1 — planning mise en situation : Salle 2, 07/12/2026 09:00 – 12:00 (J1, J2) "
        "→ Salle 3, 07/12/2026 09:00 – 12:00 (J1, J2)"
    )
    assert (
        found[1]
        .text()
        .startswith("C1 — planning mise en situation CCP2 : — → Salle 3, 08/12/2026 09:00 – 09/12/2026 09:00")
    )


# -- what does not count -----------------------------------------------------------------------------


def test_order_of_keys_and_lists_does_not_count() -> None:
    before = _document()
    after = json.loads(json.dumps(before))
    for name in ("jurors", "candidates", "results", "evaluations"):
        after[name].reverse()
    after["results"][0]["jurors"].reverse()
    after["session"] = dict(reversed(list(after["session"].items())))
    after["candidates"][0]["ecf"] = dict(reversed(list(after["candidates"][0]["ecf"].items())))
    assert differences(before, after) == []


def test_null_counts_as_absent() -> None:
    before, after = _document(), _document()
    del after["candidates"][0]["usage_name"]
    del after["session"]["ccs"]
    del after["schedule"]
    before["schedule"] = []
    assert differences(before, after) == []


def test_a_value_of_another_type_is_a_change() -> None:
    before, after = _document(), _document()
    after["candidates"][0]["experience_months"] = False  # 0 == False in Python, not in JSON
    assert _one(before, after).text() == "C1 — candidat : expérience (mois) 0 → non"


def test_two_items_under_one_key_do_not_break_the_comparison() -> None:
    before, after = _document(), _document()
    second = {**before["schedule"][0], "start": "2026-12-07T14:00", "end": "2026-12-07T17:00"}
    before["schedule"].append(second)
    after["schedule"] = [second, {**before["schedule"][0], "room": "Salle 9"}]
    found = differences(before, after)
    assert {d.key for d in found} <= {"mise_en_situation", "mise_en_situation #2"} and found


# -- order -------------------------------------------------------------------------------------------


def test_session_wide_first_then_candidates_in_the_new_order() -> None:
    before, after = _document(), _document()
    after["candidates"] = [after["candidates"][2], after["candidates"][0]]  # C3, C1; C2 removed
    after["results"][0]["decision"] = "non_acquis"  # C1
    after["results"][2]["decision"] = "acquis"  # C3
    after["final_interviews"][0]["notes"] = "Bien"  # C1
    after["candidates"][1]["attendance"] = "absent"  # C1
    after["sign_off"] = {"at": "2026-12-08T17:30:00", "jurors": ["J1", "J2"], "confirmations": []}
    after["jurors"][0]["first_name"] = "Claudine"
    after["session"]["end"] = "2026-12-09"
    after["results"].append(_result("C9", "CCP1"))  # a ref of no candidate: last
    order = [(d.candidate, d.area, d.key) for d in differences(before, after)]
    assert order == [
        (None, "session", "end"),
        (None, "jury", "J1"),
        (None, "signature", ""),
        ("C3", "résultat", "CCP1"),
        ("C1", "présence", ""),
        ("C1", "résultat", "CCP1"),
        ("C1", "entretien final", ""),
        ("C2", "candidat", ""),
        ("C2", "présence", ""),
        ("C9", "résultat", "CCP1"),
    ]


def test_the_examples_compare_equal_to_themselves_and_to_a_copy_in_another_order() -> None:
    for path in sorted(Path(EXAMPLES).glob("E*.json")):
        if path.name.endswith(".expect.json"):
            continue
        document = json.loads(path.read_text(encoding="utf-8"))
        shuffled = copy.deepcopy(document)
        for value in shuffled.values():
            if isinstance(value, list):
                random.Random(7).shuffle(value)
        assert differences(document, shuffled) == [], path.name


# -- three-way ---------------------------------------------------------------------------------------


def test_a_change_by_the_jury_only() -> None:
    base = _document()
    theirs = _document()
    theirs["results"][2]["decision"] = "acquis"
    merged = three_way(base, _document(), theirs)
    assert merged == ThreeWay(theirs=differences(base, theirs), ours=[], conflicts=[])
    assert merged.clean and len(merged.theirs) == 1


def test_a_change_by_the_secretariat_only() -> None:
    base, ours = _document(), _document()
    ours["candidates"][0]["birth_place"] = "Lyon 3e"
    merged = three_way(base, ours, _document())
    assert merged.clean and merged.theirs == [] and [d.area for d in merged.ours] == ["candidat"]


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base, ours, theirs = _document(), _document(), _document()
    for side in (ours, theirs):
        side["candidates"][2]["attendance"] = "absent"
        side["results"].append(_result("C2", "CCP2"))
    theirs["results"][-1]["jurors"] = ["J2", "J1"]  # same jurors, another order
    merged = three_way(base, ours, theirs)
    assert merged.clean
    assert len(merged.ours) == len(merged.theirs) == 2


def test_different_changes_of_one_item_conflict() -> None:
    base, ours, theirs = _document(), _document(), _document()
    ours["results"][2] = _result("C3", "CCP1", "acquis", ("J1",))
    theirs["results"][2] = _result("C3", "CCP1", "acquis", ("J1", "J2"))
    merged = three_way(base, ours, theirs)
    assert not merged.clean
    assert merged.conflicts == [
        Conflict(
            "C3", "résultat", "CCP1", base=base["results"][2], ours=ours["results"][2], theirs=theirs["results"][2]
        )
    ]
    assert merged.conflicts[0].text() == (
        "C3 — résultat CCP1 : conflit — à la remise : non acquis ; secrétariat : acquis (J1) ; jury : acquis (J1, J2)"
    )


def test_different_items_changed_on_each_side_do_not_conflict() -> None:
    base, ours, theirs = _document(), _document(), _document()
    ours["results"][0]["decision"] = "non_acquis"
    theirs["results"][1]["decision"] = "non_acquis"
    ours["candidates"][1]["attendance"] = "absent"
    theirs["final_interviews"][0]["notes"] = "Bien"
    merged = three_way(base, ours, theirs)
    assert merged.clean and len(merged.ours) == 2 and len(merged.theirs) == 2


def test_removed_on_one_side_changed_on_the_other() -> None:
    base, ours, theirs = _document(), _document(), _document()
    del ours["results"][0]  # the secretariat removes C1 CCP1
    theirs["results"][0]["decision"] = "non_acquis"  # the jury changes it
    del ours["candidates"][2]  # the secretariat removes C3
    theirs["candidates"][2]["first_name"] = "Sam"  # the jury corrects C3's first name
    merged = three_way(base, ours, theirs)
    assert [(c.candidate, c.area, c.key) for c in merged.conflicts] == [
        ("C1", "résultat", "CCP1"),
        ("C3", "candidat", ""),
    ]
    assert merged.conflicts[0].ours is None
    assert merged.conflicts[1].text() == "C3 — candidat : conflit — secrétariat : retiré ; jury : prénom Alex → Sam"


def test_added_on_both_sides_differently() -> None:
    base, ours, theirs = _document(), _document(), _document()
    ours["title_decisions"].append(
        {"candidate": "C1", "decision": "awarded", "jurors": ["J1", "J2"], "justification": ""}
    )
    theirs["title_decisions"].append(
        {"candidate": "C1", "decision": "not_awarded", "jurors": ["J1", "J2"], "justification": ""}
    )
    ours["candidates"].append(_candidate("C4", "Petit"))
    theirs["candidates"].append(_candidate("C4", "Petitjean"))
    merged = three_way(base, ours, theirs)
    assert [(c.candidate, c.area) for c in merged.conflicts] == [("C1", "décision titre"), ("C4", "candidat")]
    assert [c.base for c in merged.conflicts] == [None, None]
    assert (
        merged.conflicts[1].text()
        == "C4 — candidat : conflit — secrétariat : ajouté : Petit Alex ; jury : ajouté : Petitjean Alex"
    )


def test_removed_on_both_sides_is_no_conflict() -> None:
    base, ours, theirs = _document(), _document(), _document()
    for side in (ours, theirs):
        del side["results"][1]
    assert three_way(base, ours, theirs).clean


def test_a_conflict_on_the_sign_off_and_the_session() -> None:
    base, ours, theirs = _document(), _document(), _document()
    ours["sign_off"] = {"at": "2026-12-08T17:30:00", "jurors": ["J1", "J2"], "confirmations": []}
    theirs["sign_off"] = {"at": "2026-12-08T18:00:00", "jurors": ["J1", "J2"], "confirmations": []}
    ours["session"]["place"], theirs["session"]["place"] = "Salle A", "Salle B"
    texts = [c.text() for c in three_way(base, ours, theirs).conflicts]
    assert texts == [
        "session, lieu : conflit — à la remise : Salle 1 ; secrétariat : Salle A ; jury : Salle B",
        "signature : conflit — à la remise : non signée ; secrétariat : signée le 08/12/2026 17:30 (J1, J2) ; "
        "jury : signée le 08/12/2026 18:00 (J1, J2)",
    ]


# -- properties --------------------------------------------------------------------------------------

REFS = ("C1", "C2", "C3")
CCPS = ("CCP1", "CCP2")
JURORS = ("J1", "J2", "J3")
jurors_st = st.lists(st.sampled_from(JURORS), unique=True, max_size=3)


@st.composite
def documents(draw: Any) -> dict:
    """Small valid-shaped §2 documents: at most one item per key, as a session document has."""
    refs = draw(st.lists(st.sampled_from(REFS), unique=True, max_size=3))
    candidates = [
        {
            **_candidate(ref, draw(st.sampled_from(("Benali", "Durand")))),
            "attendance": draw(st.sampled_from(("present", "absent", "excused"))),
        }
        for ref in refs
    ]
    results = [
        _result(
            ref,
            ccp,
            draw(st.sampled_from(("acquis", "non_acquis"))),
            tuple(draw(jurors_st)),
            draw(st.sampled_from(("", "x"))),
        )
        for ref in refs
        for ccp in CCPS
        if draw(st.booleans())
    ]
    decisions = [
        {
            "candidate": ref,
            "decision": draw(st.sampled_from(("awarded", "not_awarded"))),
            "jurors": draw(jurors_st),
            "justification": "",
        }
        for ref in refs
        if draw(st.booleans())
    ]
    interviews = [
        {
            "candidate": ref,
            "held_on": draw(st.sampled_from(("2026-12-07", "2026-12-08"))),
            "jurors": draw(jurors_st),
            "notes": "",
        }
        for ref in refs
        if draw(st.booleans())
    ]
    evaluations = [
        {"candidate": ref, "competency": "CP1", "assessment": kind, "observation": draw(st.sampled_from(("", "ok")))}
        for ref in refs
        for kind in ("mise_en_situation", "entretien_technique")
        if draw(st.booleans())
    ]
    document = _document()
    document.update(
        {
            "jurors": [_juror(ref, draw(st.sampled_from(("Martin", "Renaud")))) for ref in draw(jurors_st)],
            "candidates": candidates,
            "results": results,
            "title_decisions": decisions,
            "final_interviews": interviews,
            "evaluations": evaluations,
            "schedule": [],
            "sign_off": draw(
                st.one_of(
                    st.none(),
                    st.builds(lambda j: {"at": "2026-12-08T17:30:00", "jurors": j, "confirmations": []}, jurors_st),
                )
            ),
        }
    )
    document["session"]["place"] = draw(st.sampled_from(("Salle 1", "Salle 2")))
    return document


@settings(max_examples=200, deadline=None)
@given(documents(), documents(), st.randoms(use_true_random=False))
def test_properties_of_the_comparison(a: dict, b: dict, rnd: random.Random) -> None:
    assert differences(a, a) == []
    shuffled = copy.deepcopy(a)
    for value in shuffled.values():
        if isinstance(value, list):
            rnd.shuffle(value)
    assert differences(a, shuffled) == []
    merged = three_way(a, a, b)
    assert merged.theirs == differences(a, b) and merged.ours == [] and merged.clean
    assert three_way(a, b, a).ours == differences(a, b)
    assert three_way(a, b, b).clean  # the same change on both sides
    for difference in differences(a, b):
        text = difference.text()
        assert text and "\n" not in text
    assert (differences(a, b) == []) == (differences(b, a) == [])


@settings(max_examples=100, deadline=None)
@given(documents(), documents(), documents())
def test_conflicts_are_items_changed_on_both_sides(base: dict, ours: dict, theirs: dict) -> None:
    merged = three_way(base, ours, theirs)
    mine = {(d.candidate, d.area, d.key) for d in merged.ours}
    yours = {(d.candidate, d.area, d.key) for d in merged.theirs}
    conflicted = {(c.candidate, c.area, c.key) for c in merged.conflicts}
    assert conflicted <= mine & yours
    for conflict in merged.conflicts:
        assert conflict.text() and "\n" not in conflict.text()
