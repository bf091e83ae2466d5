"""An act in a clause that leaves it an open question is not reported as done (session 18): "did not
say whether the bloc would retaliate", "declined to say whether it would pay compensation". Whole
pipeline (``eventwire.code``) on sentences written for these tests."""

from __future__ import annotations

import eventwire


def types_of(text: str) -> list[str]:
    return [event.type for event in eventwire.code(text, published="2025-03-14").events]


def test_a_retaliation_nobody_announced_is_no_second_threat():
    text = (
        "West African leaders threatened the juntas on Sunday. "
        "He did not say whether the bloc would retaliate against the juntas."
    )
    assert types_of(text).count("THREATEN") == 1


def test_a_declined_answer_on_compensation_promises_nothing():
    text = (
        "Kremlin spokesman Dmitry Peskov declined on Monday to say whether Moscow would pay compensation, "
        "telling reporters it was too early."
    )
    assert "AGREE" not in types_of(text)


def test_a_stated_retaliation_is_still_a_threat():
    text = "West African leaders said on Sunday that the bloc would retaliate against the juntas."
    assert "THREATEN" in types_of(text)
