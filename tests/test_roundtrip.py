"""Import → export → import keeps the data and the rules' outcome (EXCHANGE.md §4: "import
then export gives back the same data"), as hypothesis properties over varied sessions built
on the E1 référentiels, plus the shipped examples end to end.

Second edition: the documents carry the new keys (`usage_name`, `candidates[].ccps`, CCS held,
`prior_ccps[].session`, `schedule`, `session.issuer`, `sign_off.confirmations`), and a
`sign_off` is either null or one that DOMAIN.md §7 accepts (an imported sign-off is checked by
the same rules; one that fails them is bad input, tested in test_sign_off_rules)."""

from __future__ import annotations

import copy
import datetime as dt
import inspect
import itertools
import json
from pathlib import Path

import pytest
from conftest import EXAMPLES, load_example
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juryapp.cli import import_session_document
from juryapp.errors import BadInput
from juryapp.exchange.referentiel import parse_referentiel
from juryapp.exchange.session_doc import parse_session, session_to_document
from juryapp.model import Confirmation, SignOff
from juryapp.rules import evaluate_session, sign_off_needs, sign_off_problems
from juryapp.storage.library import ReferentielLibrary
from juryapp.storage.store import SessionStore

E1 = load_example("E1-formation-titre-attribue.json")
REFERENTIELS = E1["referentiels"]  # RNCP90001 (revised) and RNCP90002 (active, with CCS1)
TITLE = "RNCP90002"
CCPS = ["CCP1", "CCP2", "CCP3"]
CCS = ["CCS1"]
COMPETENCIES = [f"{ccp}-C{i}" for ccp in CCPS for i in (1, 2)]
ASSESSMENTS = [
    "mise_en_situation",
    "projet",
    "entretien_technique",
    "questionnaire_professionnel",
    "questionnement_productions",
    "entretien_final",
]

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäçîïôöùûüÿœæÉÈÊÀÂÇÎÔŒÆ"
name_text = st.text(alphabet=LETTERS + "' -", min_size=1, max_size=16).filter(lambda s: any(c.isalpha() for c in s))
names = st.one_of(
    st.sampled_from(
        [
            "D'Alembert",
            "Lefèvre-Dupré",
            "O'Neill",
            "Bérénice",
            "Zoë",
            "L'Hôte",
            "Ngọc Ánh",
            "Œdipe",
            "de La Fontaine",
            "Çelik",
            "Müller",
        ]
    ),
    name_text,
)
# Free texts: any printable character, tabs and line breaks (control characters are refused at import).
free_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\t\n\r"), max_size=40
)
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2035, 12, 31))
iso_dates = dates.map(dt.date.isoformat)
optional_dates = st.none() | iso_dates
refs = st.text(alphabet=LETTERS + "0123456789-_'é", min_size=1, max_size=8)
# Texts the import keeps with their spaces collapsed (names of the issuer, usage name, room,
# reference of a confirmation): generated already collapsed, so that export gives them back.
collapsed = free_text.map(lambda text: " ".join(text.split()))
REFERENCES = st.sampled_from(["Arrêté du 17 mai 2024, JO du 25 mai 2024", "JORF n°0292 du 18/12/2018", "Élodie Durand"])


def subset(draw, items, **kwargs):
    return draw(st.lists(st.sampled_from(items), unique=True, **kwargs)) if items else []


@st.composite
def session_documents(draw) -> dict:
    kind = draw(st.sampled_from(["titre", "ccp", "ccs"]))
    start = draw(st.dates(min_value=dt.date(2021, 1, 1), max_value=dt.date(2030, 12, 31)))
    end = start + dt.timedelta(days=draw(st.integers(0, 3)))
    session = {
        "ref": draw(refs),
        "title": TITLE,
        "kind": kind,
        "ccps": subset(draw, CCPS, min_size=1) if kind == "ccp" else [],
        "ccs": "CCS1" if kind == "ccs" else None,
        "centre": draw(names),
        "place": draw(collapsed),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "issuer": {
            "authority": draw(collapsed),
            "place": draw(collapsed),
            "signatory": draw(collapsed),
            "role": draw(collapsed),
        },
    }
    candidate_refs = draw(st.lists(refs, min_size=1, max_size=5, unique=True))
    juror_refs = draw(st.lists(refs, min_size=2, max_size=4, unique=True))

    jurors = [
        {
            "ref": ref,
            "last_name": draw(names),
            "first_name": draw(names),
            "habilitation_until": draw(optional_dates),
            "conflicts": [
                {
                    "candidate": c,
                    "kind": draw(st.sampled_from(["formateur", "employeur", "famille", "connaissance", "autre"])),
                    "note": draw(free_text),
                }
                for c in subset(draw, candidate_refs, max_size=2)
            ],
        }
        for ref in juror_refs
    ]
    candidates = []
    for ref in candidate_refs:
        pathway = draw(st.sampled_from(["formation", "vae", "capitalisation", "ccs"]))
        candidates.append(
            {
                "ref": ref,
                "last_name": draw(names),
                "first_name": draw(names),
                "birth_date": draw(optional_dates),
                "birth_place": draw(names),
                "pathway": pathway,
                "from_training": draw(st.booleans()),
                "vae_admissibility_date": draw(optional_dates),
                "experience_months": draw(st.integers(0, 120)),
                "professional_dossier": draw(st.booleans()),
                "ecf": {code: draw(st.booleans()) for code in subset(draw, CCPS + CCS)},
                "prior_ccps": [
                    {
                        "title": title,
                        "ccp": ccp,
                        "obtained_on": draw(optional_dates),
                        "session": draw(st.none() | st.sampled_from(["S-2021-07", "Lyon, 15/06/2021"]) | refs),
                    }
                    for title, ccp in subset(draw, [(t, c) for t in ("RNCP90001", TITLE) for c in CCPS], max_size=3)
                ],
                "held_titles": [
                    {"title": title, "ccs": ccs, "obtained_on": draw(optional_dates)}
                    for title, ccs in subset(
                        draw,
                        [
                            ("RNCP90001", None),
                            (TITLE, None),
                            (TITLE, "CCS1"),
                            ("RNCP12345", None),
                            ("RNCP12345", "CCS7"),
                        ],
                        max_size=2,
                    )
                ],
                "attendance": draw(st.sampled_from(["present", "present", "absent", "excused"])),
                "usage_name": draw(st.none() | names.map(lambda text: " ".join(text.split())).filter(bool)),
                "ccps": subset(draw, session["ccps"], min_size=1) if kind == "ccp" and draw(st.booleans()) else None,
            }
        )

    def jury() -> list[str]:
        return subset(draw, juror_refs)

    evaluations = [
        {"candidate": c, "competency": cp, "assessment": a, "observation": draw(free_text)}
        for c, cp, a in subset(
            draw,
            [(c, cp, a) for c in candidate_refs for cp in COMPETENCIES for a in ASSESSMENTS],
            max_size=6,
        )
    ]
    results = [
        {
            "candidate": c,
            "ccp": ccp,
            "decision": draw(st.sampled_from(["acquis", "non_acquis"])),
            "jurors": jury(),
            "justification": draw(free_text),
        }
        for c, ccp in subset(draw, [(c, ccp) for c in candidate_refs for ccp in CCPS], max_size=8)
    ]
    interviews = [
        {"candidate": c, "held_on": draw(optional_dates), "jurors": jury(), "notes": draw(free_text)}
        for c in subset(draw, candidate_refs)
    ]

    def awards() -> list[dict]:
        return [
            {
                "candidate": c,
                "decision": draw(st.sampled_from(["awarded", "not_awarded"])),
                "jurors": jury(),
                "justification": draw(free_text),
            }
            for c in subset(draw, candidate_refs)
        ]

    title_decisions = awards() if kind != "ccs" else []
    ccs_decisions = awards() if kind == "ccs" else []
    schedule = []
    sits = {person["ref"]: (person["ccps"] or session["ccps"]) if kind == "ccp" else CCPS for person in candidates}
    for c in subset(draw, candidate_refs, max_size=3):
        begins = dt.datetime.combine(start, dt.time(draw(st.integers(7, 16)), draw(st.sampled_from([0, 15, 30, 45]))))
        schedule.append(
            {
                "candidate": c,
                "assessment": draw(st.sampled_from(ASSESSMENTS)),
                # on a CCP the candidate sits (the import refuses any other in a session CCP)
                "ccp": draw(st.none() | st.sampled_from(sits[c])),
                "room": draw(collapsed),
                "start": begins.isoformat(timespec="minutes"),
                "end": (begins + dt.timedelta(minutes=draw(st.integers(15, 240)))).isoformat(timespec="minutes"),
                "jurors": jury(),
            }
        )

    schedule.sort(key=lambda entry: entry["start"])  # the session file keeps them by start time

    document = {
        "format": "juryapp.session/1",
        "referentiels": copy.deepcopy(REFERENTIELS),
        "session": session,
        "jurors": jurors,
        "candidates": candidates,
        "evaluations": evaluations,
        "results": results,
        "final_interviews": interviews,
        "title_decisions": title_decisions,
        "ccs_decisions": ccs_decisions,
        "schedule": schedule,
        "sign_off": None,
    }
    if draw(st.booleans()):
        with_sign_off(document, draw)
    return document


def _proposed(document: dict) -> SignOff:
    raw = document["sign_off"]
    confirmations = tuple(Confirmation(c["subject"], c["reference"], c["by"]) for c in raw["confirmations"])
    return SignOff(raw["at"], tuple(raw["jurors"]), confirmations)


def with_sign_off(document: dict, draw) -> None:
    """Make `document` signable (DOMAIN.md §7) and sign it off; leave `sign_off` null when the
    random data cannot be made so in a few steps.

    Two jurors sign, habilitated long after and in conflict with nobody; absent and excused
    candidates lose their records; each present candidate left without decision gets one (named
    by the signers); the blocked candidates and unverified data are confirmed by a signer."""
    signers = draw(
        st.lists(st.sampled_from([j["ref"] for j in document["jurors"]]), min_size=2, max_size=2, unique=True)
    )
    for j in document["jurors"]:
        if j["ref"] in signers:
            j.update(habilitation_until="2099-12-31", conflicts=[])
    absent = {c["ref"] for c in document["candidates"] if c["attendance"] != "present"}
    for key in ("results", "final_interviews", "title_decisions", "ccs_decisions"):
        document[key] = [r for r in document[key] if r["candidate"] not in absent]
    end = dt.date.fromisoformat(document["session"]["end"])
    at = dt.datetime.combine(end + dt.timedelta(days=draw(st.integers(0, 7))), dt.time(draw(st.integers(0, 23)), 30))
    document["sign_off"] = {"at": at.isoformat(timespec="seconds"), "jurors": signers, "confirmations": []}
    kind = document["session"]["kind"]
    for _ in range(3):
        unsigned = {**document, "sign_off": None}
        parsed = parse_session(copy.deepcopy(unsigned), _SHIPPED_ONLY)
        outcomes = {o.ref: o for o in evaluate_session(parsed.data, parsed.referentiels)}
        needs = sign_off_needs(parsed.data, parsed.referentiels, outcomes.values())
        for c in document["candidates"]:
            outcome = outcomes[c["ref"]]
            if c["ref"] in absent or outcome.blockers:
                continue
            held_before = {code for h in outcome.prior_holdings for code in h.codes}
            done = {r["ccp"] for r in document["results"] if r["candidate"] == c["ref"]}
            for ccp in outcome.ccps_examined:
                if ccp not in held_before and ccp not in done:
                    document["results"].append(
                        {
                            "candidate": c["ref"],
                            "ccp": ccp,
                            "decision": "acquis",
                            "jurors": list(signers),
                            "justification": "",
                        }
                    )
            key = "ccs_decisions" if kind == "ccs" else "title_decisions"
            if not any(d["candidate"] == c["ref"] for d in document[key]):
                document[key].append(
                    {
                        "candidate": c["ref"],
                        "decision": "not_awarded",
                        "jurors": list(signers),
                        "justification": "Non démontré.",
                    }
                )
        document["sign_off"]["confirmations"] = [
            {"subject": subject.key, "reference": draw(REFERENCES), "by": draw(st.sampled_from(signers))}
            for subject in needs.to_confirm
        ]
        unsigned = {**document, "sign_off": None}
        parsed = parse_session(copy.deepcopy(unsigned), _SHIPPED_ONLY)
        if not sign_off_problems(parsed.data, parsed.referentiels, _proposed(document)):
            SIGNED["signed"] += 1
            return
    SIGNED["left unsigned"] += 1
    document["sign_off"] = None


SIGNED: dict[str, int] = {"signed": 0, "left unsigned": 0}
# Only the shipped référentiels: a user folder that does not exist (nothing is ever installed there).
_SHIPPED_ONLY = ReferentielLibrary(user_dir=Path(__file__).parent / "data" / "no-user-referentiels")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory):
    """A fresh folder under pytest's temporary folder for each generated example."""
    folder = tmp_path_factory.mktemp("roundtrip")
    count = itertools.count()

    def make() -> Path:
        path = folder / f"case-{next(count)}"
        path.mkdir()
        return path

    return make


# A sign-off written by another tool carries no seal (EXCHANGE.md §2): accepted here on purpose.
_UNSEALED = {
    name: True
    for name in ("unsealed_sign_off", "accept_unsealed", "unsealed")
    if name in inspect.signature(import_session_document).parameters
}


def _without_seal(document: dict) -> dict:
    """The document with the seal an export may add to `sign_off` left out."""
    if document.get("sign_off"):
        document = {**document, "sign_off": {k: v for k, v in document["sign_off"].items() if k != "seal"}}
    return document


def _library(folder: Path) -> ReferentielLibrary:
    return ReferentielLibrary(user_dir=folder / "referentiels")


def test_installing_a_referentiel_never_replaces_a_file(tmp_path: Path) -> None:
    """A code, once known, keeps its content: a file already under the name is kept as it is."""
    ref = parse_referentiel(REFERENTIELS[0])
    library = _library(tmp_path)
    (tmp_path / "referentiels").mkdir()
    squatter = tmp_path / "referentiels" / f"{ref.code}.json"
    squatter.write_text("made since the library was read\n", encoding="utf-8")
    with pytest.raises(BadInput, match="n'est jamais remplacé"):
        library.install(ref)
    assert squatter.read_text(encoding="utf-8") == "made since the library was read\n"
    squatter.unlink()
    installed = library.install(ref)
    assert installed == squatter and library.install(ref) is None
    assert parse_referentiel(json.loads(squatter.read_text(encoding="utf-8"))) == ref
    assert sorted(p.name for p in squatter.parent.iterdir()) == [squatter.name]


def _import_export(document: dict, folder: Path, name: str) -> tuple[dict, list[dict]]:
    """Import `document` into a new session file, then export it and evaluate the rules."""
    path = folder / f"{name}.jury"
    import_session_document(copy.deepcopy(document), path, library=_library(folder), **_UNSEALED)
    with SessionStore.open(path) as store:
        data = store.snapshot()
        referentiels = store.referentiels()
        exported = session_to_document(data, referentiels)
        outcomes = [o.to_json() for o in evaluate_session(data, referentiels)]
    # Through JSON text, as `juryapp export` writes it and `juryapp import` reads it.
    return json.loads(json.dumps(exported, ensure_ascii=False)), outcomes


def _check_roundtrip(document: dict, folder: Path) -> tuple[dict, list[dict]]:
    parsed = parse_session(copy.deepcopy(document), _library(folder))
    direct = [o.to_json() for o in evaluate_session(parsed.data, parsed.referentiels)]
    exported, outcomes = _import_export(document, folder, "first")
    reexported, outcomes_again = _import_export(exported, folder, "second")
    assert _without_seal(reexported) == _without_seal(exported)
    assert outcomes_again == outcomes
    assert outcomes == direct
    assert [o["ref"] for o in outcomes] == [c["ref"] for c in document["candidates"]]
    return exported, outcomes


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    derandomize=True,  # the same 40 documents every run: some of them are signed off, always
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(document=session_documents())
def test_import_export_import_is_stable(document: dict, scratch) -> None:
    exported, _ = _check_roundtrip(document, scratch())
    # Every key was given explicitly, so the export is the document itself.
    assert _without_seal(exported) == document


@settings(max_examples=15, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    document=session_documents(),
    drop=st.sets(
        st.sampled_from(
            [
                "from_training",
                "vae_admissibility_date",
                "experience_months",
                "professional_dossier",
                "ecf",
                "prior_ccps",
                "held_titles",
                "attendance",
                "birth_date",
                "birth_place",
                "usage_name",
                "ccps",
            ]
        )
    ),
    drop_session=st.sets(st.sampled_from(["issuer", "schedule"])),
)
def test_defaults_are_made_explicit_once(document: dict, drop: set[str], drop_session: set[str], scratch) -> None:
    """A document relying on defaults exports them explicitly, and that export is stable."""
    for candidate in document["candidates"]:
        for key in drop:
            candidate.pop(key, None)
    if "issuer" in drop_session:
        document["session"].pop("issuer")
    if "schedule" in drop_session:
        document.pop("schedule")
    if document["sign_off"] is not None:
        # Dropping keys changes the data (a DP no longer received…): keep the sign-off only
        # while §7 still accepts it, as the import would refuse it otherwise.
        parsed = parse_session(copy.deepcopy({**document, "sign_off": None}), _SHIPPED_ONLY)
        if sign_off_problems(parsed.data, parsed.referentiels, _proposed(document)):
            document["sign_off"] = None
    for key in ("evaluations", "results", "final_interviews", "title_decisions", "ccs_decisions", "sign_off"):
        if not document[key]:
            document.pop(key)
    exported, _ = _check_roundtrip(document, scratch())
    for given_c, exported_c in zip(document["candidates"], exported["candidates"], strict=True):
        if "from_training" in drop:
            assert exported_c["from_training"] == (given_c["pathway"] == "formation")
        if "attendance" in drop:
            assert exported_c["attendance"] == "present"
        if "professional_dossier" in drop:
            assert exported_c["professional_dossier"] is False
        if "usage_name" in drop:
            assert exported_c["usage_name"] is None
        if "ccps" in drop:
            assert exported_c["ccps"] is None
    if "issuer" in drop_session:
        assert exported["session"]["issuer"] == {"authority": "", "place": "", "signatory": "", "role": ""}
    if "schedule" in drop_session:
        assert exported["schedule"] == []


@pytest.mark.parametrize(
    "example", sorted(p.name for p in EXAMPLES.glob("E*.json") if not p.name.endswith(".expect.json"))
)
def test_examples_roundtrip(example: str, tmp_path: Path) -> None:
    document = load_example(example)
    _check_roundtrip(document, tmp_path)


def test_roundtrip_through_the_cli(cli, tmp_path: Path) -> None:
    source = EXAMPLES / "E4-capitalisation-dernier-ccp.json"
    first, second = tmp_path / "a.jury", tmp_path / "b.jury"
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert cli("import", source, "--into", first).returncode == 0
    assert cli("export", first, "--to", out1).returncode == 0
    assert cli("import", out1, "--into", second).returncode == 0
    assert cli("export", second, "--to", out2).returncode == 0
    assert json.loads(out1.read_text(encoding="utf-8")) == json.loads(out2.read_text(encoding="utf-8"))
    results = [cli("results", path, "--json") for path in (first, second)]
    assert all(r.returncode == 0 for r in results)
    assert json.loads(results[0].stdout) == json.loads(results[1].stdout)


def test_zz_some_generated_documents_carried_a_sign_off() -> None:
    """The round trip covered sign-offs accepted by §7, with their confirmations (printed with -s)."""
    if SIGNED["signed"] + SIGNED["left unsigned"] == 0:
        pytest.skip("the round-trip properties did not run in this session")
    print(f"\nround trip: {SIGNED['signed']} documents signed off, {SIGNED['left unsigned']} left unsigned")
    assert SIGNED["signed"] > 0
