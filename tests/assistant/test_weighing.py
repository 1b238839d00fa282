"""The functioneringsnorm weighed: each criterion moves up on its evidence and
stays down on near misses; the reading of the whole follows the thresholds."""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from assistant.settings import Identity, Settings
from assistant.weighing import CRITERIA, Level, Parameters, Reading, weigh

STIKSTOF = Identity("Jan Jansen", "beleidsmedewerker stikstof", "Ministerie van LNV")
ONDERWIJS = Identity("Jan Jansen", "beleidsmedewerker onderwijs", "Ministerie van OCW")


@pytest.fixture(scope="module")
def engines():
    return {}


def reading(engines, text, profile="prive", platform="x", identity=STIKSTOF,
            parameters=None) -> Reading:
    engine = engines.get(identity)
    if engine is None:
        engine = engines[identity] = Engine(Settings(identity=identity))
    ctx = engine.context(profile, platform)
    return weigh(text, engine.check_context(text, ctx), ctx, engine, parameters)


def test_six_criteria_in_the_guideline_order(engines):
    result = reading(engines, "Mooie wandeling gemaakt vandaag.")
    assert tuple(c.id for c in result.criteria) == CRITERIA
    assert result.level is Level.LAAG
    assert all(c.title and c.source for c in result.criteria)


def test_opinion_on_own_area_reads_high_on_distance(engines):
    text = "Ik vind het stikstofbeleid echt onzin."
    assert reading(engines, text, identity=STIKSTOF).criterion("afstand").level is Level.HOOG


def test_same_opinion_far_from_own_work_stays_low_on_distance(engines):
    text = "Ik vind het stikstofbeleid echt onzin."
    assert reading(engines, text, identity=ONDERWIJS).criterion("afstand").level is Level.LAAG


def test_reasons_point_into_the_draft(engines):
    text = "Ik vind het stikstofbeleid echt onzin."
    distance = reading(engines, text).criterion("afstand")
    spans = [(r.start, r.end) for r in distance.reasons if r.start is not None]
    assert spans and all(0 <= s < e <= len(text) for s, e in spans)


def test_round_trip_through_dict(engines):
    result = reading(engines, "Ik vind het stikstofbeleid van minister Wiersma echt onzin.")
    data = result.to_dict()
    assert set(data) == {"level", "criteria"}
    assert [c["id"] for c in data["criteria"]] == list(CRITERIA)
    again = Reading.from_dict(data)
    assert again.to_dict() == data
    assert again.summary() == result.summary()


def test_summary_names_level_and_what_carries_it(engines):
    result = reading(engines, "Ik vind het stikstofbeleid van minister Wiersma echt onzin.")
    assert result.summary().startswith(f"{result.level.label} — ")
    assert "eigen beleidsterrein" in result.summary()
    assert reading(engines, "Mooie wandeling.").summary().startswith("laag — ")


def test_weights_decide_the_whole(engines):
    text = "Ik vind het stikstofbeleid echt onzin."
    default = reading(engines, text)
    ignored = reading(engines, text, parameters=Parameters(
        weights={cid: 0 for cid in CRITERIA}))
    assert default.level is not Level.LAAG
    assert ignored.level is Level.LAAG
