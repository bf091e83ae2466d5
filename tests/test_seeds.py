"""Acceptance on the two seed reports, through the whole pipeline as a user runs it.

These check the product's promises on real copy (quotes attributed, actors coded, dates resolved,
places placed); the rules behind them are general and tested on our own sentences elsewhere.
"""

from __future__ import annotations

from functools import cache

import pytest

from conftest import shared_path
from eventwire.ingest import read_inputs
from eventwire.pipeline import code_document
from eventwire.records import CodedDocument


@cache
def _coded(prefix: str) -> CodedDocument:
    (path,) = sorted(shared_path("corpus/seeds").glob(f"{prefix}_*.txt"))
    (document,) = read_inputs([str(path)])
    return code_document(document)


def _speakers(coded: CodedDocument) -> dict[str, set[str]]:
    """Actor name -> texts of the quotes attributed to it."""
    names = {actor.id: actor.name for actor in coded.actors}
    spoken: dict[str, set[str]] = {}
    for quote in coded.quotes:
        if quote.speaker:
            spoken.setdefault(names.get(quote.speaker, quote.speaker), set()).add(quote.text)
    return spoken


def _said_by(coded: CodedDocument, name_part: str, words: str) -> bool:
    return any(
        name_part in name and any(words in text for text in texts) for name, texts in _speakers(coded).items()
    )


@pytest.mark.parametrize(
    ("seed", "speaker", "words"),
    [
        ("001", "Shoigu", "Belarus is our most important strategic partner"),
        ("001", "Shoigu", "Circumstances dictate the necessity of urgent measures"),
        ("000", "Zhuk", "the regional detachment is ready to defend the Union State"),
        ("000", "Volfovich", "The detachment has been successfully deployed"),
        ("000", "Embassy", "The outgoing year has clearly confirmed"),
    ],
)
def test_seed_quotes_are_attributed_to_their_speakers(seed: str, speaker: str, words: str) -> None:
    assert _said_by(_coded(seed), speaker, words), _speakers(_coded(seed))


@pytest.mark.parametrize(
    ("seed", "surname", "country", "sector"),
    [
        ("001", "Shoigu", "RUS", "GOV"),
        ("001", "Khrenin", "BLR", "GOV"),
        ("000", "Zhuk", "BLR", "GOV"),
        ("000", "Volfovich", "BLR", "GOV"),
        ("000", "Putin", "RUS", "GOV"),
        ("000", "Lukashenko", "BLR", "GOV"),
    ],
)
def test_seed_people_carry_country_and_sector(seed: str, surname: str, country: str, sector: str) -> None:
    (actor,) = [actor for actor in _coded(seed).actors if actor.kind == "person" and surname in actor.name]
    assert (actor.country, actor.sector) == (country, sector)


def test_thursday_in_the_scraped_report_is_the_day_before_publication() -> None:
    coded = _coded("001")
    assert coded.published == "2022-06-24"
    thursday = [date for date in coded.dates if date.text.lower().endswith("thursday")]
    assert thursday and all(date.value == "2022-06-23" and date.precision == "day" for date in thursday)


def test_undated_report_resolves_absolute_dates_only() -> None:
    coded = _coded("000")
    assert coded.published is None
    values = {date.text: date.value for date in coded.dates}
    assert values.get("2000") == "2000"
    assert values.get("Friday", "missing") is None


def test_seed_places_are_placed_in_their_countries() -> None:
    places = {(place.text, place.country) for place in _coded("001").places}
    assert ("Moscow", "RUS") in places and ("Minsk", "BLR") in places
    moscow = next(place for place in _coded("001").places if place.text == "Moscow")
    assert abs(moscow.lat - 55.75) < 0.5 and abs(moscow.lon - 37.62) < 0.5
    assert not any(place.text.endswith("West") for place in _coded("001").places)
