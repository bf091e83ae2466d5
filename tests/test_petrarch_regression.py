"""PETRARCH2's unit-test records as a regression suite for the event coder, through the CAMEO export.

The toy dictionaries and records are read from ../shared (MIT, openeventdata/petrarch2); the
sentences in this file's own unit tests are written for it. Floors sit a little below what was
measured (see the report in evaluate/petrarch.py): they catch regressions, they are no target.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate.petrarch import ACTORS_FILE, AGENTS_FILE, Coding, UnitRecord, evaluate, judge
from eventwire.evaluate.petrarch_dictionaries import (
    code_at,
    dictionary_actors,
    read_actor_dictionary,
    read_agent_dictionary,
    toy_actor,
)

GOLD = "gold/events/petrarch_unittest"
# The first 150 of the 209 in-scope records keep the test near 40 s on a loaded 2-core machine.
SUBSET = 150


def _gold():
    from conftest import shared_path

    return shared_path(GOLD)


def test_toy_codes_become_actors_with_plover_sectors():
    actor = toy_actor("ARNGOV", "Arnor")
    assert (actor.country, actor.sector, actor.kind) == ("ARN", "GOV", "organisation")
    assert toy_actor("GON", "Gondor").sector is None
    assert toy_actor("GONMOP", "x").sector is None  # an agent code CAMEO does not have
    assert toy_actor("ITHMED", "x").sector == "JRN"  # CAMEO media is PLOVER's JRN
    igo = toy_actor("IGOEEU", "x")
    assert (igo.country, igo.igo) == ("IGO", "EEU")


def test_dictionary_reader_handles_synonyms_and_date_limited_codes():
    entries = read_actor_dictionary(_gold() / ACTORS_FILE)
    by_name = {entry.phrases[0][0]: entry for entry in entries}
    gondor = by_name[("gondor",)]
    assert ("minas", "tirith") in [words for words, _ in gondor.phrases]
    gollum = by_name[("gollum",)]
    assert code_at(gollum, "19900101") == "HOB"
    assert code_at(gollum, "19960101") == "HOBGOV"
    assert code_at(gollum, "20000101") == "HOBREB"
    assert code_at(by_name[("boromir",)], "19950101") is None  # a null code ("---") is no actor
    assert by_name[("arnor",)].phrases[0][1] is True  # "ARNOR_": no stem matching


def test_dictionary_mentions_carry_agents(nlp):
    gold = _gold()
    entries, agents = read_actor_dictionary(gold / ACTORS_FILE), read_agent_dictionary(gold / AGENTS_FILE)
    doc = nlp("Gondor's police arrested two traders from Rohan at the bridge.")
    actors, mentions = dictionary_actors(doc, entries, agents, "19950101", [], [])
    assert [(mention.text, mention.actor_id) for mention in mentions] == [
        ("Gondor's police", "toy:GONCOP"),
        ("Rohan", "toy:ROH"),
    ]
    assert {actor.id for actor in actors} == {"toy:GONCOP", "toy:ROH"}


def test_judging_roots_and_full_codings():
    record = UnitRecord("X-1", "19950101", "DEMO", "text", [Coding("ARN", "GON", "064")])
    assert judge(record, [Coding("ARN", "GON", "064")]).full_pass
    near = judge(record, [Coding("ARN", "GON", "061")])
    assert near.root_pass and not near.full_pass
    assert near.failure == "right root and dyad, other code below the root"
    assert judge(record, []).failure == "no event coded"
    quiet = UnitRecord("X-2", "19950101", "DEMO", "text", [])
    assert judge(quiet, []).full_pass and not judge(quiet, [Coding("ARN", "", "030")]).root_pass


@pytest.mark.slow
def test_regression_floors_on_the_unit_records(nlp):
    report = evaluate(_gold(), limit=SUBSET, nlp=nlp)
    print("\n".join(report.lines()))
    assert report.items == SUBSET
    # Measured on this subset when the test was written: records root 0.080, full 0.027 (noevents
    # records only), codings root F1 0.081. Most failures are PLOVER-vs-CAMEO conventions or the
    # toy verb dictionary's own codes (see the failure kinds the report prints).
    assert report.metrics["records_root_pass"] >= 0.06
    assert report.metrics["records_full_pass"] >= 0.02
    assert report.metrics["codings_root_f1"] >= 0.06
