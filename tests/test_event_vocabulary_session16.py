"""Wordings added in session 16 (November 2026), in sentences written for these tests (not from any
gold, fixture or lexicon-blind file): travel bans on one's own citizens to another country, visas cut,
levies on another country's goods, praise given as a name; and the same words where they report no
such event."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _events(nlp, text: str) -> list:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return [event for event in events if not event.negated]


def _types(nlp, text: str) -> set[str]:
    return {event.type for event in _events(nlp, text)}


CODED = [
    # SANCTION: a journey to another country barred, visas cut, levies on its goods
    ("Poland banned its nationals from travelling to Belarus.", "SANCTION"),
    ("Lithuanian carriers were barred from flying to Minsk for a month.", "SANCTION"),
    ("Warsaw forbade its citizens from travelling to border areas of Belarus.", "SANCTION"),
    ("Italy cut the number of visas issued to Tunisians by a third.", "SANCTION"),
    ("Mexico retaliated with new levies on Guatemalan coffee and sugar.", "SANCTION"),
    # SUPPORT: praise given as what one calls the other
    ("The Kenyan president called Ethiopia a reliable partner in the region.", "SUPPORT"),
    ("Lula described Xi as a wise statesman.", "SUPPORT"),
]

UNCODED = [
    # a ban on travel abroad with no destination is a restriction at home
    ("Hanoi barred the dissident from travelling abroad.", "SANCTION"),
    # a levy on one's own profits names no other country
    ("Thailand imposed a levy on the windfall profits of its banks.", "SANCTION"),
    # a great mistake is criticism, not praise
    ("The Kenyan president called the Ethiopian decision a great mistake.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_session16_wording_is_coded_as_its_type(nlp, text, expected):
    assert expected in _types(nlp, text)


@pytest.mark.parametrize(("text", "absent"), UNCODED)
def test_session16_other_senses_stay_uncoded(nlp, text, absent):
    assert absent not in _types(nlp, text)


def test_barred_journey_is_aimed_at_its_destination(nlp):
    [event] = [event for event in _events(nlp, "Poland banned its nationals from travelling to Belarus.")]
    assert event.type == "SANCTION"
    assert [actor.country for actor in event.recipient] == ["BLR"]


def test_levy_dated_by_a_day_names_no_target(nlp):
    assert "SANCTION" not in _types(
        nlp, "Thailand imposed a levy on Tuesday on the windfall profits of its banks."
    )
    assert "SANCTION" in _types(nlp, "Quebec imposed a surcharge on Friday on electricity sold to Vermont.")


def test_refusing_to_rule_out_force_is_a_threat(nlp):
    assert "THREATEN" in _types(nlp, "Ankara declined to rule out military action against the militias.")
    assert "THREATEN" in _types(nlp, "Caracas has refused to rule out the use of force in the dispute.")
    # ruling out something else stays a refusal
    assert "THREATEN" not in _types(nlp, "The prime minister refused to rule out a snap election.")


ALLEGED = [
    # saying that something is not what it should be
    "The foreign ministry said the referendum could not be considered legitimate.",
    "Brussels said the election was not credible.",
    # saying that someone worked for a foreign spy agency
    "Tehran's prosecutor said the engineer had been working for Israeli intelligence.",
]

NOT_ALLEGED = [
    "The minister said the talks had not been easy.",
    "The prosecutor said the engineer had been working for a Swiss bank.",
]


@pytest.mark.parametrize("text", ALLEGED)
def test_withheld_approval_and_alleged_espionage_accuse(nlp, text):
    assert "ACCUSE" in _types(nlp, text)


@pytest.mark.parametrize("text", NOT_ALLEGED)
def test_other_negated_judgements_and_employers_accuse_no_one(nlp, text):
    assert "ACCUSE" not in _types(nlp, text)


def test_judgement_named_as_a_kind_of_something(nlp):
    assert "ACCUSE" in _types(nlp, "The Mexican envoy said the policy was a form of blackmail.")
    assert "ACCUSE" in _types(nlp, "The minister called the blockade a form of piracy.")
    assert "ACCUSE" not in _types(nlp, "The minister said the loan was part of a wider partnership.")


def test_calling_accusations_a_smear_accuses_the_accusers(nlp):
    [event] = _events(nlp, "The Kremlin called the charges part of a smear campaign.")
    assert event.type == "ACCUSE"
    assert event.mode == "disapprove"


def test_judgement_in_a_relative_clause(nlp):
    text = "Chad expelled two French reporters, a step the French foreign ministry described as unacceptable."
    assert "ACCUSE" in _types(nlp, text)


def test_being_grateful_to_another_is_praise(nlp):
    assert "SUPPORT" in _types(nlp, "The Kenyan president said he was grateful to Ethiopia for its help.")
    assert "SUPPORT" not in _types(nlp, "The minister said he was grateful that nobody was hurt.")
