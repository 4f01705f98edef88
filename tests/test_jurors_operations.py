"""The secretary's jurors (juryapp.operations.jurors): saving them with their habilitation and
conflicts, removing them, and each candidate's jury (two habilitated jurors without conflict)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from juryapp.cli import main
from juryapp.errors import BadInput, SessionLocked
from juryapp.model import Conflict
from juryapp.operations import jurors
from juryapp.operations.sessions import read
from juryapp.rules.codes import Code
from juryapp.storage.store import SessionStore
from tests.conftest import sign_off_demo

ACTOR = "Secrétariat"


@pytest.fixture
def store(tmp_path: Path):
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    with SessionStore.open(path) as opened:
        yield opened


def juror(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "ref": "",
        "last_name": "Garnier",
        "first_name": "Paul",
        "habilitation_until": "2028-06-30",
        "conflicts": [],
    }
    return {**base, **changes}


def test_a_juror_is_added_with_a_new_ref_and_replaced_with_their_conflicts(store: SessionStore) -> None:
    change = jurors.save_juror(store, juror(), actor=ACTOR)
    assert change.details == {"ref": "J4", "added": True} and change.session_wide
    conflicts = [{"candidate": "C07", "kind": "formateur", "note": "  formateur en 2025 "}]
    form = {**jurors.juror_fields(store.snapshot().juror("J4")), "conflicts": conflicts}
    change = jurors.save_juror(store, form, actor=ACTOR)
    assert change.details == {"ref": "J4", "added": False}
    saved = store.snapshot().juror("J4")
    assert saved.conflicts == (Conflict("C07", "formateur", "formateur en 2025"),)
    assert saved.habilitation_until == dt.date(2028, 6, 30)
    assert jurors.juror_from_fields(read(store), jurors.juror_fields(saved)) == saved


def test_a_habilitation_ending_before_the_session_is_said(store: SessionStore) -> None:
    change = jurors.save_juror(store, juror(habilitation_until=dt.date(2026, 12, 7)), actor=ACTOR)
    assert "s'arrête le 07/12/2026, avant la fin de la session (08/12/2026)" in change.details["warning"]
    change = jurors.save_juror(store, juror(habilitation_until=""), actor=ACTOR)
    assert "n'est pas datée" in change.details["warning"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"last_name": "  "}, "nom du juré : nom du juré manquant"),
        ({"first_name": "Paul\x07"}, "prénom du juré : caractère de contrôle U\\+0007 interdit"),
        ({"habilitation_until": "30/06/2028"}, "fin d'habilitation : date invalide « 30/06/2028 »"),
        ({"conflicts": [{"candidate": "C404", "kind": "famille"}]}, "candidat « C404 » inconnu"),
        ({"conflicts": [{"candidate": "C07", "kind": "voisin"}]}, "nature « voisin » inconnue"),
        (
            {"conflicts": [{"candidate": "C07", "kind": "famille"}, {"candidate": "C07", "kind": "autre"}]},
            "conflit n° 2 \\(candidat\\) : conflit déclaré deux fois avec C07",
        ),
    ],
)
def test_a_wrong_juror_is_refused_naming_the_field(store: SessionStore, changes: dict, message: str) -> None:
    before = store.snapshot().jurors
    with pytest.raises(BadInput, match=message):
        jurors.save_juror(store, juror(**changes), actor=ACTOR)
    assert store.snapshot().jurors == before


def test_a_juror_named_in_the_records_stays(store: SessionStore) -> None:
    with pytest.raises(BadInput, match="Claire Fontaine-Dumas \\(J1\\) figure sur un résultat de CCP"):
        jurors.remove_juror(store, "J1", actor=ACTOR)
    with pytest.raises(BadInput, match="inconnu"):
        jurors.remove_juror(store, "J9", actor=ACTOR)
    jurors.save_juror(store, juror(conflicts=[{"candidate": "C07", "kind": "autre"}]), actor=ACTOR)
    change = jurors.remove_juror(store, "J4", actor=ACTOR)
    assert change.details == {"ref": "J4"}
    assert store.snapshot().juror("J4") is None


def test_the_coverage_says_per_candidate_whether_two_jurors_remain(store: SessionStore) -> None:
    coverage = jurors.jury_coverage(read(store))
    assert "C06" not in coverage  # absent: no jury needed
    assert coverage["C04"].jurors == ("J1", "J2") and coverage["C04"].enough
    assert coverage["C04"].text() == "2 jurés habilités sans conflit : Claire Fontaine-Dumas, Marc-Antoine Lefèbvre"
    assert "Nadia Benhamou, en conflit (employeur du candidat" in coverage["C04"].details()
    assert coverage["C07"].text().startswith("3 jurés habilités sans conflit")
    # Marc-Antoine Lefèbvre trained C04: one juror is left for them.
    form = jurors.juror_fields(store.snapshot().juror("J2"))
    form["conflicts"] = [{"candidate": "C04", "kind": "formateur", "note": ""}]
    jurors.save_juror(store, form, actor=ACTOR)
    view = read(store)
    alone = jurors.jury_coverage(view)["C04"]
    assert not alone.enough
    assert alone.text() == "un seul juré habilité sans conflit : Claire Fontaine-Dumas ; il en faut deux"
    assert view.outcomes["C04"].has(Code.JURY_TOO_SMALL)  # the rules say the same
    # An expired habilitation leaves no juror without conflict for C04.
    form = jurors.juror_fields(store.snapshot().juror("J1"))
    form["habilitation_until"] = "2026-12-01"
    jurors.save_juror(store, form, actor=ACTOR)
    none = jurors.jury_coverage(read(store))["C04"]
    assert none.text() == "aucun juré habilité sans conflit ; il en faut deux"
    assert "habilitation ne couvrant pas le 08/12/2026" in none.details()


def test_jurors_do_not_change_after_the_hand_off_nor_the_sign_off(store: SessionStore) -> None:
    store.record_handoff("H1", "vers_jury", actor=ACTOR)
    with pytest.raises(BadInput, match="remis au jury"):
        jurors.save_juror(store, juror(), actor=ACTOR)
    with pytest.raises(BadInput, match="remis au jury"):
        jurors.remove_juror(store, "J3", actor=ACTOR)


def test_jurors_do_not_change_after_the_sign_off(store: SessionStore) -> None:
    sign_off_demo(store)
    with pytest.raises(SessionLocked, match="close"):
        jurors.save_juror(store, juror(), actor=ACTOR)
