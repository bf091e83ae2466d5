"""Session 19 vocabulary, in sentences written for these tests (not from any gold, fixture or
lexicon-blind file): wrongdoing alleged in the passive or by a subject that names no party is
still an accusation; suspending one's own countermeasures eases them; people flown home make no
visit; resigning oneself to something leaves no office."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {event.type for event in events}


PASSIVE_ALLEGATIONS = [
    "The Zambian opposition leader said the count had been rigged in several provinces.",
    "Peru's electoral watchdog said the tallies were falsified in two districts.",
    "Armenia's foreign minister said the documents had been fabricated.",
]


@pytest.mark.parametrize("text", PASSIVE_ALLEGATIONS)
def test_a_deed_alleged_in_the_passive_is_an_accusation(nlp, text):
    assert "ACCUSE" in _types(nlp, text)


def test_a_river_that_lay_on_ones_soil_is_no_lie(nlp):
    text = "Bolivia's foreign ministry said the lake lay entirely on Bolivian territory."
    assert "ACCUSE" not in _types(nlp, text)


def test_a_wish_with_no_one_asked_is_still_dropped(nlp):
    assert not _types(nlp, "The Chilean president said the looting must stop.") & {"REQUEST", "ACCUSE"}


EASED_PENALTIES = [
    "The European Union said it would suspend its countermeasures against Washington for six months.",
    "Canada froze the retaliatory sanctions on Chinese steel on Friday.",
]


@pytest.mark.parametrize("text", EASED_PENALTIES)
def test_suspending_ones_own_penalties_eases_them(nlp, text):
    types = _types(nlp, text)
    assert "CONCEDE" in types and "SANCTION" not in types, types


def test_suspending_ties_stays_a_sanction(nlp):
    assert "SANCTION" in _types(nlp, "Niger suspended its military cooperation with France on Monday.")


def test_people_flown_home_make_no_visit(nlp):
    assert "CONSULT" not in _types(nlp, "The stranded tourists were flown home to Norway on Sunday.")


def test_a_leader_flying_to_a_capital_still_visits(nlp):
    assert "CONSULT" in _types(nlp, "The Kenyan president flew to Addis Ababa on Sunday.")


def test_resigning_oneself_to_something_is_no_resignation(nlp):
    assert "RETREAT" not in _types(nlp, "Portugal has resigned itself to losing the fishing contract.")


def test_a_minister_who_resigns_retreats(nlp):
    assert "RETREAT" in _types(nlp, "Slovakia's defence minister resigned on Thursday.")


def _pairs(nlp, text: str) -> set[tuple[str, tuple[str, ...]]]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {(event.type, tuple(sorted(a.country or "" for a in event.recipient))) for event in events}


def test_sanctions_imposed_by_a_coordinated_verb_are_an_act_of_their_own(nlp):
    text = "The bloc suspended Guinea after the coup and imposed financial sanctions on Mali in January."
    assert ("SANCTION", ("MLI",)) in _pairs(nlp, text)


def test_shutting_a_customs_post_is_a_sanction(nlp):
    assert "SANCTION" in _types(nlp, "Spain shut the customs post on its border with Andorra in 2019.")


def test_protests_a_step_led_to_are_a_happening_of_their_own(nlp):
    assert "PROTEST" in _types(
        nlp, "Serbia agreed to the plan last week, a move that sparked protests in Belgrade."
    )


def test_supporters_who_gathered_protest(nlp):
    text = "Police fired tear gas to disperse hundreds of opposition supporters who had gathered in central Lusaka."
    assert "PROTEST" in _types(nlp, text)


def test_ministers_who_gathered_do_not_protest(nlp):
    assert "PROTEST" not in _types(nlp, "Ministers who gathered in Brussels agreed on the budget.")


def test_harm_vowed_in_a_that_clause_is_a_threat(nlp):
    types = _types(nlp, "The Bolivian president vowed that the coup plotters would be punished severely.")
    assert "THREATEN" in types and "AGREE" not in types, types


def _dyads(nlp, text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {
        (
            event.type,
            tuple(a.country or "" for a in event.actor),
            tuple(a.country or "" for a in event.recipient),
        )
        for event in events
    }


def test_a_past_tense_beside_a_reported_progressive_is_the_speakers_act(nlp):
    text = (
        "Ghana said on Monday that Togo was massing troops on the border and accused Lome of stoking tension."
    )
    assert ("ACCUSE", ("GHA",), ("TGO",)) in _dyads(nlp, text)


def test_a_past_tense_beside_a_reported_modal_is_the_speakers_act(nlp):
    text = "Egypt said on Friday that Ethiopia would have to share the water and urged Addis Ababa to return to talks."
    assert ("REQUEST", ("EGY",), ("ETH",)) in _dyads(nlp, text)
