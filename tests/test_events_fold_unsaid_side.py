"""An undated act told again with one side left unsaid is the act it retells (session 16): "Rebels
stormed the barracks on Sunday ... at least 21 soldiers were killed" is one assault. Whole pipeline
(``eventwire.code``) on sentences written for these tests."""

from __future__ import annotations

import eventwire


def assaults(text: str) -> list:
    return [event for event in eventwire.code(text, published="2025-03-14").events if event.type == "ASSAULT"]


def test_a_passive_retelling_without_the_doer_joins_the_dated_attack():
    text = (
        "Pakistani troops shelled Indian border posts in Kashmir on Tuesday. "
        "Two soldiers were wounded in the shelling, the Indian army said."
    )
    found = assaults(text)
    assert len(found) == 1
    assert found[0].date == "2025-03-11" and len(found[0].evidence) == 2


def test_an_act_on_another_target_stays_apart():
    text = (
        "Pakistani troops shelled Indian border posts in Kashmir on Tuesday. "
        "A Chinese engineer was shot dead in Karachi."
    )
    recipients = sorted("".join(sorted(a.country for a in event.recipient)) for event in assaults(text))
    assert recipients == ["CHN", "IND"]
