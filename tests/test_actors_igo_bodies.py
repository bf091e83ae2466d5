"""Bodies of international organisations the tables do not list, and acronyms given in parentheses."""

from __future__ import annotations

from eventwire.actors import extract_actors


def actors_by_mention(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return [(m.text, by_id[m.actor_id].country, by_id[m.actor_id].igo) for m in mentions]


def test_a_un_office_named_in_full_is_a_body_of_the_un(nlp):
    found = actors_by_mention(nlp, "The U.N. Assistance Office in Yemen urged both sides to attend talks.")
    assert ("The U.N. Assistance Office", "IGO", "UN") in found


def test_an_eu_mission_is_a_body_of_the_eu(nlp):
    text = "The European Union Border Assistance Mission said on Friday it had trained the guards."
    found = actors_by_mention(nlp, text)
    assert found[0][1:] == ("IGO", "EU")


def test_an_acronym_in_parentheses_is_the_named_body_later_on(nlp):
    text = (
        "The U.N. Assistance Office in Yemen (UNAOY) on Monday urged both sides to attend talks. "
        "UNAOY also offered to host the meeting."
    )
    actors, mentions = extract_actors(nlp(text))
    ids = {m.actor_id for m in mentions if m.text in {"The U.N. Assistance Office", "UNAOY"}}
    assert len(ids) == 1
    (actor,) = [a for a in actors if a.id in ids]
    assert actor.igo == "UN" and "UNAOY" in actor.aliases


def test_an_acronym_after_a_national_agency_is_that_agency(nlp):
    text = (
        "The Kenya Revenue Authority (KRA) seized the cargo on Tuesday. KRA said the owners would be charged."
    )
    _, mentions = extract_actors(nlp(text))
    ids = [m.actor_id for m in mentions if m.text in {"The Kenya Revenue Authority", "KRA"}]
    assert len(ids) >= 2 and len(set(ids)) == 1


def test_a_commission_of_a_country_is_not_an_igo_body(nlp):
    found = actors_by_mention(nlp, "The Kenya Human Rights Commission criticised the police on Sunday.")
    assert all(country != "IGO" for _, country, _ in found)
