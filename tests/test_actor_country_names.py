"""Short country names news uses inside institutions' names (countries.yaml ``names``): "Korea" alone
is the South ("the Bank of Korea", "the Korea Nurses Association"); the North is always named so."""

from __future__ import annotations

from tests.conftest import mentioned_actors


def _countries(nlp, text: str) -> dict[str, str | None]:
    return {said: actor.country for said, actor in mentioned_actors(nlp, text)}


def test_an_association_named_after_korea_is_south_koreas_not_an_ngo(nlp):
    text = "SEOUL, April 2 (Wire) — The Korea Nurses Association called a strike on Monday."
    assert _countries(nlp, text) == {"The Korea Nurses Association": "KOR"}


def test_the_north_keeps_its_own_names(nlp):
    text = (
        "TOKYO, April 2 (Wire) — Japan urged the Democratic People's Republic of Korea to halt its "
        "launches, a day after North Korea fired two missiles."
    )
    found = _countries(nlp, text)
    assert found["the Democratic People's Republic of Korea"] == "PRK" and found["North Korea"] == "PRK"
