"""Session 18: gold events of a type we coded nowhere in their article, in sentences written for these
tests (not from any gold, fixture or lexicon-blind file): an investigation opened in a sentence that
reports another act; an act told beside a speech act that is not what it says; a loan repaid."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _coded(nlp, text: str, event_type: str) -> list:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return [event for event in events if event.type == event_type and not event.negated]


OPENED_INVESTIGATIONS = [
    "Chile's prosecutors opened an investigation into the mayor on Tuesday and urged witnesses to come forward.",
    "The Kenyan government rejected the report and launched an inquiry into its authors.",
    "Ghana's police started a probe into the shooting, and the president called for calm.",
]


@pytest.mark.parametrize("text", OPENED_INVESTIGATIONS)
def test_opening_an_investigation_is_one_even_beside_another_act(nlp, text):
    found = _coded(nlp, text, "ACCUSE")
    assert any(event.mode == "investigate" for event in found), found


# What is not a speech act's content: a finite relative clause in which someone else (or the speaker
# again) says something, and a clause coordinated with the speech act that has a subject of its own.
SEPARATE_ACTS = [
    (
        "The minister demanded that Ottawa drop its tariffs, which he blamed for the closure of factories.",
        "ACCUSE",
    ),
    (
        "Hungary accepted the credentials of the new envoy, a step the Serbian government praised as wise.",
        "SUPPORT",
    ),
    (
        "Seoul summoned the Russian envoy on Monday, and on Tuesday the ministry told citizens to avoid travel to Russia.",
        "SANCTION",
    ),
]


@pytest.mark.parametrize(("text", "kind"), SEPARATE_ACTS)
def test_an_act_beside_a_speech_act_is_not_its_content(nlp, text, kind):
    assert _coded(nlp, text, kind)


# ... while an infinitive relative stays inside ("for prosecutors to press ahead with the case").
def test_an_infinitive_relative_stays_content(nlp):
    text = "The judges threw out the appeal on Friday, clearing the way for the prosecutor to press ahead with the case."
    assert not _coded(nlp, text, "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister said Zambia would repay the Chinese loans by 2030.",
        "Kenya plans to refinance its Eurobond loans next year.",
    ],
)
def test_repaying_a_loan_is_no_aid(nlp, text):
    assert not _coded(nlp, text, "AID") and not _coded(nlp, text, "AGREE")


# A fate promised to whoever does an act warns all comers: a threat by the speaker, with no one named.
@pytest.mark.parametrize(
    "text",
    [
        "Whoever attacks Armenia will pay a heavy price, the Armenian defence minister said on Monday.",
        '"Anyone who crosses our border will pay dearly," the Ghanaian army chief said on Monday.',
    ],
)
def test_a_fate_promised_to_whoever_acts_is_a_threat(nlp, text):
    threats = _coded(nlp, text, "THREATEN")
    assert threats and not any(event.future for event in threats)


def test_a_commentator_s_fate_for_whoever_acts_is_no_threat(nlp):
    assert not _coded(
        nlp, "Whoever wins the vote will pay the price of the crisis, analysts said.", "THREATEN"
    )


# Brushing, shrugging or waving something aside is a dismissal only with its particle.
def test_waving_flags_in_protest_dismisses_nothing(nlp):
    text = (
        "Supporters of the party drove through the capital on Friday, waving flags in protest at the ruling."
    )
    assert not _coded(nlp, text, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean government shrugged off the warning on Friday.",
        "The Ghanaian minister waved away the allegations on Friday.",
    ],
)
def test_a_warning_shrugged_off_is_rejected(nlp, text):
    assert _coded(nlp, text, "REJECT")


def test_backing_away_from_one_s_own_step_is_a_concession(nlp):
    text = "The Chilean government backed away from the planned tax on copper exports on Friday."
    assert _coded(nlp, text, "CONCEDE")


# Assuring someone of one's support says it to them; assuring them of a fact is no support.
def test_assuring_someone_of_support_is_support(nlp):
    found = _coded(
        nlp, "The German chancellor reassured Zelenskiy of continued backing on Monday.", "SUPPORT"
    )
    assert found and {actor.country for actor in found[0].recipient} == {"UKR"}


def test_assuring_reporters_of_a_fact_is_no_support(nlp):
    assert not _coded(nlp, "The Kenyan minister assured reporters that the talks would go on.", "SUPPORT")


# A participle coordinated with one that goes with a summons ("lodging what it called a protest and
# demanding that ...") is a demand of its own, even where the parser hangs it on the finite verb between.
def test_a_demand_made_with_a_summons_is_its_own_event(nlp):
    text = (
        "Seoul summoned Japan's ambassador on Monday, lodging what the ministry called a stern protest and"
        " demanding that Tokyo withdraw the claim."
    )
    assert _coded(nlp, text, "REQUEST")
