"""Meetings and signings of one side only (session 15): "held talks with his counterpart in Moyale"
or "signed a cooperation protocol" in a story about two states was held or signed with the other one
(the codebook puts every participant of a meeting or joint signing in ``actor``); a summit of an
international body alone stays a meeting of its members. Whole pipeline (``eventwire.code``) on short
stories written for these tests."""

from __future__ import annotations

import eventwire


def meetings(text: str, published: str) -> list[set[str]]:
    events = eventwire.code(text, published=published).events
    return [{actor.country or "?" for actor in event.actor} for event in events if event.type == "CONSULT"]


def test_talks_with_an_unnamed_counterpart_are_with_the_story_s_other_side():
    text = (
        "NAIROBI, May 6 (Wire) - Kenya and Ethiopia agreed on Monday to reopen their shared border at "
        "Moyale, Kenya's foreign ministry said. Ethiopia closed the crossing in March after clashes between "
        "herders, and Kenya protested against the closure.\n\n"
        "Kenyan army chief Charles Kahariri held talks with his counterpart in Moyale on Monday, the "
        "ministry said."
    )
    assert {"ETH", "KEN"} in meetings(text, "2025-05-06")


def test_a_meeting_of_one_side_takes_the_others_of_its_earlier_meeting():
    text = (
        "DOHA, May 6 (Wire) - Qatar hosted talks between Rwanda and Congo on Sunday, officials said.\n\n"
        "Rwanda's foreign minister said after a second meeting on Monday that progress had been made."
    )
    events = eventwire.code(text, published="2025-05-06").events
    monday = [event for event in events if event.type == "CONSULT" and event.date == "2025-05-05"]
    assert monday and {actor.country for actor in monday[0].actor} == {"COD", "QAT", "RWA"}


def test_a_summit_of_an_international_body_keeps_its_members_alone():
    text = (
        "JAKARTA, May 6 (Wire) - Indonesia accused China on Monday of harassing its fishing boats near the "
        "Natuna Islands, and China rejected the charge.\n\n"
        "ASEAN leaders met in Jakarta on Tuesday for a summit."
    )
    found = meetings(text, "2025-05-06")
    assert found and all("CHN" not in parties for parties in found)


def test_a_signing_by_one_side_is_with_the_story_s_other_side():
    text = (
        "CAIRO, Aug 15 (Wire) - Egypt will send troops to Somalia next year, Somalia's ambassador said on "
        "Thursday. Somalia has welcomed Egyptian support, and Ethiopia has criticised it.\n\n"
        "Egypt's defence minister signed a military cooperation protocol in Cairo on Wednesday."
    )
    events = eventwire.code(text, published="2024-08-15").events
    signings = [event for event in events if event.type == "SUPPORT" and event.date == "2024-08-14"]
    assert signings and {actor.country for actor in signings[0].actor} == {"EGY", "SOM"}
