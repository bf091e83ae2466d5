"""A restriction on commercial exchanges is a sanction, not coercion (session 16; codebook SANCTION
'discontinue'): "barred the subsidiary from exporting", "cutting the banks off from the financial
system". Bans on people or rallies stay COERCE. Whole pipeline on sentences written for these tests."""

from __future__ import annotations

import eventwire


def _types(text: str) -> set[str]:
    return {event.type for event in eventwire.code(text, published="2025-03-04").events}


def test_barring_a_foreign_firm_from_exporting_is_a_sanction():
    text = "SEOUL, March 4 (Wire) - Japan's trade ministry on Monday barred a South Korean chipmaker from exporting to Russia."
    types = _types(text)
    assert "SANCTION" in types and "COERCE" not in types


def test_cutting_banks_off_from_the_financial_system_is_a_sanction():
    text = (
        "WASHINGTON, March 4 (Wire) - The Treasury on Monday named two Colombian banks money laundering "
        "concerns, cutting them off from the U.S. financial system."
    )
    assert "SANCTION" in _types(text)


def test_barring_opposition_supporters_from_a_rally_stays_coercion():
    text = (
        "LUSAKA, March 4 (Wire) - Zambian police on Monday barred opposition supporters from holding a rally."
    )
    assert "COERCE" in _types(text)
