"""A ruling military named as a 'military government' is the junta that 'the junta' refers back to,
whatever force was named in between; 'the country's' is the country its sentence named; hyphenated
country names split by the tokenizer are still countries."""

from __future__ import annotations

from tests.conftest import mentioned_countries


def test_the_junta_after_a_military_government_and_a_foreign_force(nlp):
    text = (
        "ACCRA, June 5 (Wire) — Burkina Faso's military government expelled two diplomats on Monday. "
        "Ivorian troops closed the border crossing. The junta said the diplomats had spied."
    )
    assert mentioned_countries(nlp, text, "The junta") == ["BFA"]


def test_the_junta_named_before_a_foreign_force(nlp):
    text = (
        "ACCRA, June 5 (Wire) — Chad's junta ordered the envoy out. Libyan soldiers crossed the "
        "frontier on Tuesday. The junta said it would respond."
    )
    assert mentioned_countries(nlp, text, "The junta") == ["TCD"]


def test_the_countrys_body_is_the_country_its_sentence_named(nlp):
    text = (
        "CAIRO, June 5 (Wire) — Egypt hosted envoys from the region on Monday. On Sudan, they urged the "
        "country's military government to open aid corridors."
    )
    assert mentioned_countries(nlp, text, "the country's military government") == ["SDN"]


def test_a_hyphenated_country_name_is_a_country(nlp):
    text = "LISBON, June 5 (Wire) — Timor-Leste recalled its ambassador on Friday."
    assert mentioned_countries(nlp, text, "Timor-Leste") == ["TLS"]
