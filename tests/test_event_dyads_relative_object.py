"""A relative pronoun that is the object of a verb ("the agency, which he accused of ...", "the
diplomat whom Rabat expelled") stands for the noun its clause hangs on: that noun's side is whom the
act was done to (session 19). Whole pipeline on short stories written for these tests."""

from __future__ import annotations

from event_codings import country_pairs

ACCUSED = (
    "OSLO, June 3 (Wire) - Norway's prime minister announced on Tuesday that the country would stop "
    "funding the International Monetary Fund, which he accused of ignoring small states. Sweden and "
    "Denmark said they would keep funding it. Sweden's finance minister called the move hasty."
)

EXPELLED = (
    "BRUSSELS, June 3 (Wire) - Belgian officials on Tuesday questioned a Dutch consul, whom the "
    "Moroccan government expelled in May."
)


def test_the_accused_is_the_noun_the_relative_clause_hangs_on():
    assert country_pairs(ACCUSED, "ACCUSE", published="2025-06-03")[0] == ({"NOR"}, {"IGO"})


def test_the_expelled_is_the_noun_the_relative_clause_hangs_on():
    assert ({"MAR"}, {"NLD"}) in country_pairs(EXPELLED, "COERCE", published="2025-06-03")
