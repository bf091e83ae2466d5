"""Story grouping on short synthetic reports: same happening together, look-alikes apart."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from eventwire.stories import StoryInput, average_link, build_stories, group_stories, load_settings, story_id
from eventwire.story_text import extract_names, normalise_word, text_terms

# Two earthquakes and two summits: each pair shares its vocabulary, not its names.
QUAKE_NORTH = [
    StoryInput(
        "q1",
        "A magnitude 6.8 earthquake struck near the town of Velmora on Tuesday, collapsing houses "
        "and killing at least 40 people, the Karsland civil defence agency said.",
        title="Strong earthquake hits Velmora",
        published="2031-03-04",
    ),
    StoryInput(
        "q2",
        "Rescue teams in Velmora dug through rubble after Tuesday's quake, which Karsland officials "
        "said has now killed 52 people. Aftershocks rattled the mountain town overnight.",
        title="Velmora quake toll rises to 52",
        published="2031-03-05",
    ),
    StoryInput(
        "q3",
        "Karsland's president visited Velmora, promising to rebuild homes destroyed by the "
        "earthquake as survivors sheltered in tents.",
        published="2031-03-06",
    ),
]
QUAKE_SOUTH = [
    StoryInput(
        "q4",
        "An earthquake of magnitude 5.9 shook the coastal city of Port Ilsa, damaging the harbour "
        "and injuring dozens, Teravia's seismology institute reported.",
        title="Earthquake rattles Port Ilsa",
        published="2031-03-05",
    ),
    StoryInput(
        "q5",
        "Port Ilsa residents spent the night outdoors after the quake cracked walls along the "
        "harbour front; Teravia sent engineers to inspect the damage.",
        published="2031-03-06",
    ),
]
SUMMIT_A = [
    StoryInput(
        "s1",
        "Leaders of Norvia and Halvenia met in Geneva for a summit on border trade, agreeing to "
        "reopen two crossings closed since the dispute began.",
        title="Norvia and Halvenia agree to reopen border crossings",
        published="2031-03-04",
    ),
    StoryInput(
        "s2",
        "The Geneva talks between Norvia's prime minister and Halvenia's president ended with a "
        "deal on the disputed border crossings, diplomats said.",
        published="2031-03-05",
    ),
]
SUMMIT_B = [
    StoryInput(
        "s3",
        "Ministers from Osterland and Quiros held a summit in Lisbon on fishing rights, but the "
        "talks ended without an agreement on quotas.",
        title="Osterland-Quiros summit ends without deal on fishing",
        published="2031-03-05",
    ),
    StoryInput(
        "s4",
        "Quiros accused Osterland of blocking a compromise on fishing quotas at the Lisbon summit, "
        "and both sides said talks would resume next month.",
        published="2031-03-06",
    ),
]
ALL = QUAKE_NORTH + QUAKE_SOUTH + SUMMIT_A + SUMMIT_B


def as_sets(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(group) for group in groups}


def test_same_happening_grouped_and_look_alikes_kept_apart():
    groups = as_sets(group_stories(ALL))
    expected = {
        frozenset(doc.id for doc in story) for story in (QUAKE_NORTH, QUAKE_SOUTH, SUMMIT_A, SUMMIT_B)
    }
    assert groups == expected


def test_grouping_works_without_dates():
    undated = [replace(doc, published=None) for doc in ALL]
    groups = as_sets(group_stories(undated))
    assert frozenset({"q1", "q2", "q3"}) in groups
    assert frozenset({"s3", "s4"}) in groups


def test_reports_months_apart_are_different_stories():
    first = QUAKE_NORTH[0]
    repeat = replace(first, id="q1-later", published="2031-09-04")
    groups = group_stories([first, repeat])
    assert sorted(map(sorted, groups)) == [["q1"], ["q1-later"]]


def test_groups_and_members_are_earliest_first():
    groups = group_stories(list(reversed(ALL)))
    for group in groups:
        dates = [next(doc.published for doc in ALL if doc.id == doc_id) for doc_id in group]
        assert dates == sorted(dates)
    firsts = [next(doc.published for doc in ALL if doc.id == group[0]) for group in groups]
    assert firsts == sorted(firsts)


def test_story_id_stays_when_a_later_report_joins():
    before = {story.id: set(story.doc_ids) for story in build_stories(QUAKE_NORTH[:2] + SUMMIT_B)}
    after = {story.id: set(story.doc_ids) for story in build_stories(ALL)}
    north_id = story_id("q1")
    assert before[north_id] == {"q1", "q2"}
    assert after[north_id] == {"q1", "q2", "q3"}


def test_story_labels_name_the_happening():
    stories = {story.doc_ids[0]: story for story in build_stories(ALL)}
    assert any("velmora" in term for term in stories["q1"].terms)
    assert any("port ilsa" in term or "ilsa" in term for term in stories["q4"].terms)
    assert stories["q1"].title in {"Strong earthquake hits Velmora", "Velmora quake toll rises to 52"}
    assert len(stories["q1"].terms) <= load_settings().label_terms


def test_coded_actors_and_places_pull_reports_together():
    settings = load_settings()
    left = StoryInput(
        "a", "Troops clashed with protesters on Friday.", places=("Velmora",), actors=("KRS-MIL",)
    )
    right = StoryInput(
        "b", "Soldiers fired on a crowd at the rally.", places=("Velmora",), actors=("KRS-MIL",)
    )
    other = StoryInput("c", "Farmers marched on the capital over grain prices.", places=("Port Ilsa",))
    assert as_sets(group_stories([left, right, other], settings)) == {frozenset("ab"), frozenset("c")}
    bare = [replace(doc, actors=(), places=()) for doc in (left, right, other)]
    assert len(group_stories(bare, settings)) == 3


def test_extract_names_skips_capitalised_sentence_openers():
    names = extract_names("The Gulf of Aden patrol stopped. Another ship left Port Ilsa on Monday.")
    assert "gulf of aden" in names
    assert "port ilsa" in names
    assert "the" not in names and "another" not in names


def test_terms_keep_letters_of_any_script_and_one_spelling_of_an_accent():
    decomposed = unicodedata.normalize("NFD", "Bogotá")  # "a" + a combining acute accent
    terms = text_terms(
        f"Talks in Bogotá, then Kyïv and Türkiye; São Tomé, Київ and 北京 agreed. {decomposed} wept."
    )
    assert terms["word:bogotá"] == 2
    for word in ("kyïv", "türkiye", "são", "tomé", "київ", "北京"):
        assert terms[f"word:{word}"] == 1, word
    assert not any(term in terms for term in ("word:bogot", "word:rkiye", "word:tom", "word:ky"))
    assert "são tomé" in extract_names("Ships docked at São Tomé on Monday.")


def test_normalise_word_meets_plurals_and_possessives():
    assert normalise_word("Quakes") == "quake"
    assert normalise_word("Velmora's") == "velmora"
    assert normalise_word("casualties") == "casualty"
    assert normalise_word("crisis") == "crisis"


def test_average_link_uses_the_mean_not_the_best_pair():
    # 0-1 very alike, 2 alike to 0 only: mean (0.5 + 0.0) / 2 = 0.25 is below 0.3.
    pairs = {(0, 1): 0.9, (0, 2): 0.5}
    assert sorted(map(sorted, average_link(3, pairs, 0.3))) == [[0, 1], [2]]
    assert sorted(map(sorted, average_link(3, pairs, 0.2))) == [[0, 1, 2]]


def test_empty_input_gives_no_stories():
    assert group_stories([]) == []
