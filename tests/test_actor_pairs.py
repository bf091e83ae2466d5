"""'the two sides' / 'both sides': the parties last named together as sides, not the last two named."""

from __future__ import annotations

from eventwire.actors import extract_actors


def pair_actors(nlp, text: str) -> list[list[str]]:
    """Actor ids of each pair phrase ("both sides", "the two sides"), one list per phrase."""
    _, mentions = extract_actors(nlp(text))
    by_start: dict[int, list[str]] = {}
    for mention in mentions:
        if mention.how == "pair":
            by_start.setdefault(mention.start, []).append(mention.actor_id)
    return [by_start[start] for start in sorted(by_start)]


def test_mediators_named_after_the_sides_are_not_the_sides(nlp):
    text = (
        "Armenia and Azerbaijan agreed on Friday to open a border crossing, officials from Russia "
        "and France said. Both sides will withdraw troops from the area."
    )
    assert pair_actors(nlp, text) == [["ARM", "AZE"]]


def test_between_names_the_sides(nlp):
    text = (
        "Talks between Ethiopia and Eritrea resumed in Nairobi, Kenya said. Germany welcomed the news. "
        "The two sides will meet again next week."
    )
    assert pair_actors(nlp, text) == [["ETH", "ERI"]]


def test_a_subject_and_its_partner_after_with_are_the_sides(nlp):
    text = "Serbia held talks with Kosovo in Brussels on Monday, the European Union said. Both sides agreed."
    assert pair_actors(nlp, text) == [["SRB", "KOS"]]


def test_two_sides_of_one_country_in_a_civil_war(nlp):
    text = (
        "Myanmar's military and the Arakan Army agreed to a truce, envoys from China and Thailand "
        "said. Fighting between the two sides killed 40 people last month."
    )
    assert pair_actors(nlp, text) == [["org:MMR:military", "org:MMR:arakan-army"]]


def test_without_a_pair_named_together_the_last_two_sides_named(nlp):
    text = "Peru recalled its ambassador. Bolivia said it regretted the decision. Both countries later met."
    assert pair_actors(nlp, text) == [["BOL", "PER"]]
