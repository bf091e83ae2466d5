"""A region's people in the plural ("the Europeans") names the states of the list named last, when
they all lie in that region."""

from __future__ import annotations

from tests.conftest import mentioned_countries


def test_the_europeans_are_the_european_states_named_before(nlp):
    text = (
        "Italy, Spain and Portugal asked Morocco on Monday to reopen the fishing talks. "
        "On Wednesday the Europeans threatened to suspend the trade accord."
    )
    assert sorted(mentioned_countries(nlp, text, "the Europeans")) == ["ESP", "ITA", "PRT"]


def test_a_list_with_a_state_outside_the_region_is_not_the_europeans(nlp):
    text = (
        "Italy and Morocco signed a fishing accord on Monday. "
        "On Wednesday the Europeans threatened to suspend the trade accord."
    )
    assert "MAR" not in mentioned_countries(nlp, text, "the Europeans")
