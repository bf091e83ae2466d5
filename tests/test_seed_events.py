"""Acceptance tests of the events issue on the two seed reports (../shared/corpus/seeds).

The whole pipeline codes each seed (ingest -> clean -> parse -> actors -> quotes -> dates -> places
-> events); the tests check the events a reader of those reports expects. They read the seeds only:
no rule of the coder mentions their words.
"""

from __future__ import annotations

import pytest
from tests.conftest import shared_path

from eventwire.ingest import read_inputs
from eventwire.pipeline import code_document
from eventwire.records import Actor, CodedDocument, Event

MEETING_SEED = "001_7d4f27317e5a3ed8"
DRILLS_SEED = "000_71b83aa7a93c93ef"


@pytest.fixture(scope="module")
def seeds(nlp) -> dict[str, CodedDocument]:
    folder = shared_path("corpus/seeds")
    coded = {}
    for item in read_inputs([str(folder)]):
        assert not isinstance(item, Exception), item
        document = code_document(item, nlp=nlp)
        coded[document.id] = document
    assert {MEETING_SEED, DRILLS_SEED} <= set(coded)
    return coded


def countries(actors: list[Actor]) -> set[str | None]:
    return {actor.country for actor in actors}


def triggered_by(document: CodedDocument, word: str, sentence_part: str = "") -> list[Event]:
    """Events whose trigger words include ``word`` and whose first evidence sentence contains ``sentence_part``."""
    return [
        event
        for event in document.events
        if word in [w.lower() for w in event.evidence[0].triggers]
        and sentence_part in event.evidence[0].sentence
    ]


def test_the_defence_ministers_meeting_is_one_consult_of_both_sides(seeds):
    document = seeds[MEETING_SEED]
    meetings = [event for event in document.events if event.type == "CONSULT"]
    assert len(meetings) == 1, [(e.evidence[0].triggers, e.evidence[0].rule) for e in meetings]
    meeting = meetings[0]
    assert countries(meeting.actor) == {"RUS", "BLR"} and meeting.recipient == []
    assert {actor.kind for actor in meeting.actor} == {"person"}
    assert meeting.date == "2022-06-23"
    assert meeting.location is not None and meeting.location.name == "Moscow"
    assert len(meeting.evidence) == 2  # "after meeting with ..." and "after the meeting in Moscow"


def test_embargoes_on_minsk_are_a_sanction_of_belarus_not_negated(seeds):
    embargoes = triggered_by(seeds[MEETING_SEED], "embargoes")
    assert len(embargoes) == 1
    sanction = embargoes[0]
    assert sanction.type == "SANCTION" and not sanction.negated
    assert countries(sanction.recipient) == {"BLR"}
    assert "USA" in countries(sanction.actor)
    assert sanction.location is None or sanction.location.country != "UKR"


def test_the_undeclared_war_by_the_west_is_shoigus_accusation(seeds):
    # Shoigu names the undeclared war twice on the day of the meeting: one accusation (same speaker,
    # recipient and day: one happening, as the codebook counts), with both sentences as its evidence
    wars = triggered_by(seeds[MEETING_SEED], "war")
    assert len(wars) == 1 and wars[0].type == "ACCUSE"
    accusation = wars[0]
    assert {actor.id for actor in accusation.actor} == {"person:sergey-shoigu"}
    assert [actor.name for actor in accusation.recipient] == ["the West"]
    assert len(accusation.evidence) == 2
    assert "against our countries" in accusation.evidence[1].sentence


def test_the_first_undeclared_war_is_accused_by_shoigu_alone(seeds):
    first = triggered_by(seeds[MEETING_SEED], "war")[0]
    assert {actor.id for actor in first.actor} == {"person:sergey-shoigu"}


def test_ready_to_provide_support_is_russia_offering_belarus(seeds):
    offers = triggered_by(seeds[MEETING_SEED], "ready")
    assert len(offers) == 1
    offer = offers[0]
    assert (
        offer.type == "AGREE" and countries(offer.actor) == {"RUS"} and countries(offer.recipient) == {"BLR"}
    )


def test_the_1999_treaty_is_historical_signing_by_both_states(seeds):
    signed = triggered_by(seeds[MEETING_SEED], "signed")
    assert len(signed) == 1
    treaty = signed[0]
    # Codebook SUPPORT: "ratify, sign, or finalize an agreement or treaty" (CAMEO 057 -> SUPPORT);
    # only promises to sign are AGREE.
    assert treaty.type == "SUPPORT" and treaty.historical and treaty.date == "1999"
    assert countries(treaty.actor) == {"RUS", "BLR"} and treaty.recipient == []


def military(event: Event) -> set[tuple[str | None, str | None]]:
    return {(actor.country, actor.sector) for actor in event.actor}


def test_the_planned_joint_drills_are_cooperation_of_both_militaries(seeds):
    drills = triggered_by(seeds[DRILLS_SEED], "drills")
    assert len(drills) == 1
    event = drills[0]
    # "will be joint drills": codebook AGREE (future cooperation is AGREE), with the military context.
    assert event.type == "AGREE" and "COOPERATE+future" in (event.evidence[0].rule or "")
    assert military(event) == {("BLR", "MIL"), ("RUS", "MIL")} and event.recipient == []


def test_the_joint_detachment_is_cooperation_of_both_militaries(seeds):
    detachments = triggered_by(seeds[DRILLS_SEED], "detachment", "joint")
    assert len(detachments) == 1
    event = detachments[0]
    assert event.type == "COOPERATE" and "military" in event.context
    assert military(event) == {("BLR", "MIL"), ("RUS", "MIL")}


def test_joint_military_training_of_belarus_and_russia(seeds):
    training = triggered_by(seeds[DRILLS_SEED], "training", "continue to improve joint military training")
    assert training and all(military(event) == {("BLR", "MIL"), ("RUS", "MIL")} for event in training)
