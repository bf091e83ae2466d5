"""A "by" agent that the parser hangs on a noun of a passive verb's prepositional phrase ("was indicted
on smuggling charges by Russian prosecutors": "by" under "charges") is still the verb's agent (session
19). Whole pipeline on a short story written for these tests."""

from __future__ import annotations

from event_codings import country_pairs

STORY = (
    "OTTAWA, April 9 (Wire) - Canada called on Moscow on Wednesday to free a Canadian engineer held "
    "since January.\n\n"
    "The engineer, who worked for a mining firm in Siberia, was indicted on smuggling charges by Russian "
    "prosecutors last week, the Canadian foreign ministry said."
)


def test_an_agent_hung_on_the_charge_is_the_accuser():
    assert country_pairs(STORY, "ACCUSE", published="2025-04-09") == [({"RUS"}, {"CAN"})]
