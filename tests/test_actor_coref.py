"""Coreference of "they" with a coordinated subject: the pronoun refers to every conjunct."""

from __future__ import annotations

from eventwire.actors import extract_actors


def pronoun_actors(nlp, text: str, pronoun: str = "they") -> list[list[str]]:
    """Actor ids of each occurrence of ``pronoun`` (one list per occurrence, in text order)."""
    _, mentions = extract_actors(nlp(text))
    by_start: dict[int, list[str]] = {}
    for mention in mentions:
        if mention.text.lower() == pronoun and mention.how == "pronoun":
            by_start.setdefault(mention.start, []).append(mention.actor_id)
    return [by_start[start] for start in sorted(by_start)]


def test_they_after_a_state_and_a_group_takes_both(nlp):
    text = "Japan and several Western governments said on Friday they were alarmed by the missile launch."
    assert pronoun_actors(nlp, text) == [["JPN", "group:the-west"]]


def test_they_in_the_next_sentence_takes_every_conjunct(nlp):
    text = "Brazil, Argentina and Chile walked out of the summit. They said the agenda was unfair."
    assert pronoun_actors(nlp, text) == [["BRA", "ARG", "CHL"]]


def test_a_later_coordinated_subject_beats_an_earlier_group(nlp):
    text = (
        "Militants shelled the port on Sunday, and Kenya and Somalia condemned the attack. They urged calm."
    )
    assert pronoun_actors(nlp, text) == [["KEN", "SOM"]]


def test_they_stays_plural_across_sentences(nlp):
    text = "Egypt and Jordan rejected the plan. They said it ignored refugees. They also called for talks."
    assert pronoun_actors(nlp, text) == [["EGY", "JOR"], ["EGY", "JOR"]]


def test_coordinated_objects_are_not_a_plural_subject(nlp):
    text = "Turkey hosted Iran and Iraq on Tuesday. They discussed water rights."
    assert pronoun_actors(nlp, text) == [["TUR"]]


def test_he_is_never_plural(nlp):
    text = "President Lula and Argentina's foreign minister met in Brasilia. He said the talks went well."
    assert all(len(ids) == 1 for ids in pronoun_actors(nlp, text, "he"))


def test_a_description_with_a_portfolio_does_not_take_another_office_holder(nlp):
    from eventwire.actors import extract_actors

    text = (
        "Japan's trade ministry criticised the listing. Foreign ministry spokeswoman Keiko Arai "
        "urged restraint. The defence minister told reporters nothing."
    )
    _, mentions = extract_actors(nlp(text))
    minister = next(mention for mention in mentions if mention.text == "The defence minister")
    assert minister.actor_id != "person:keiko-arai"
