"""Event dates from the story around them (eventwire.date_narrative), on sentences written for these tests."""

from __future__ import annotations

import re

from eventwire.date_narrative import inherit_narrative_dates, narrative_cues, story_anchor
from eventwire.events import code_events
from eventwire.records import Actor, ActorMention, Event, Evidence, TimeExpression

PUBLISHED = "2022-03-01"  # a Tuesday


def code(nlp, text: str, surfaces: dict[str, str], dates: dict[str, str]):
    """Code ``text`` with hand-made actors (surface -> country) and day dates (phrase -> ISO day)."""
    actors, mentions = [], []
    for surface, country in surfaces.items():
        actors.append(Actor(f"test:{surface}", surface, "state", country=country))
        for match in re.finditer(rf"\b{re.escape(surface)}\b", text):
            mentions.append(ActorMention(f"test:{surface}", match.start(), match.end(), surface))
    expressions = []
    for phrase, value in dates.items():
        start = text.index(phrase)
        expressions.append(TimeExpression(start, start + len(phrase), phrase, value=value, precision="day"))
    return code_events(nlp(text), "doc-1", actors, mentions, dates=expressions, published=PUBLISHED)


def event_of(events: list[Event], kind: str, word: str) -> Event:
    return next(e for e in events if e.type == kind and word in " ".join(e.evidence[0].triggers))


def test_a_further_act_of_the_same_side_takes_the_story_day(nlp):
    text = "Estonia expelled a Russian diplomat on Friday. Estonia accused Moscow of espionage."
    events = code(
        nlp, text, {"Estonia": "EST", "Russian diplomat": "RUS", "Moscow": "RUS"}, {"Friday": "2022-02-25"}
    )
    accused = event_of(events, "ACCUSE", "accused")
    assert (accused.date, accused.date_from) == ("2022-02-25", "narrative")


def test_a_reaction_of_another_side_keeps_no_date(nlp):
    text = "Estonia expelled a Russian diplomat on Friday. Latvia protested."
    events = code(
        nlp, text, {"Estonia": "EST", "Russian diplomat": "RUS", "Latvia": "LVA"}, {"Friday": "2022-02-25"}
    )
    protest = event_of(events, "PROTEST", "protested")
    assert (protest.date, protest.date_from) == (None, None)


def test_a_side_takes_the_day_of_its_own_last_dated_act_not_of_another_side(nlp):
    text = (
        "Estonia expelled a Russian diplomat on Friday. Latvia protested on Saturday. "
        "Estonia accused Moscow of espionage."
    )
    surfaces = {"Estonia": "EST", "Russian diplomat": "RUS", "Latvia": "LVA", "Moscow": "RUS"}
    events = code(nlp, text, surfaces, {"Friday": "2022-02-25", "Saturday": "2022-02-26"})
    assert event_of(events, "ACCUSE", "accused").date == "2022-02-25"


def test_a_reaction_tied_to_the_day_takes_it(nlp):
    text = "Estonia expelled a Russian diplomat on Friday. Hours later, Latvia protested."
    events = code(
        nlp, text, {"Estonia": "EST", "Russian diplomat": "RUS", "Latvia": "LVA"}, {"Friday": "2022-02-25"}
    )
    protest = event_of(events, "PROTEST", "protested")
    assert (protest.date, protest.date_from) == ("2022-02-25", "narrative")


def test_a_statement_made_during_the_talks_takes_their_day_whatever_its_tense(nlp):
    text = (
        "Chile and Peru held talks in Santiago on Monday. "
        '"Chile supports Peru," Boric was quoted as saying during the talks.'
    )
    events = code(nlp, text, {"Chile": "CHL", "Peru": "PER", "Boric": "CHL"}, {"Monday": "2022-02-28"})
    support = event_of(events, "SUPPORT", "supports")
    assert (support.date, support.date_from) == ("2022-02-28", "narrative")


def test_perfect_and_present_tense_stay_undated(nlp):
    text = "Estonia expelled a Russian diplomat on Friday. Estonia has accused Moscow of espionage."
    events = code(
        nlp, text, {"Estonia": "EST", "Russian diplomat": "RUS", "Moscow": "RUS"}, {"Friday": "2022-02-25"}
    )
    assert event_of(events, "ACCUSE", "accused").date is None


# ---------------------------------------------------------------- on events built by hand


def hand_event(
    kind: str, sentence: str, actor: str, date: str | None = None, sector: str | None = None
) -> Event:
    return Event(
        id=f"{kind}-{actor}",
        type=kind,
        actor=[Actor(f"a:{actor}:{sector}", actor, "state", country=actor, sector=sector)],
        date=date,
        date_precision="day" if date else None,
        date_from="sentence" if date else None,
        evidence=[Evidence("d", sentence, 0, len(sentence))],
    )


def test_the_anchor_is_the_last_dated_act_of_the_same_side_or_the_last_one_tied_by_a_time_phrase():
    ghana = hand_event("CONSULT", "Ghana's president met Togo's on Monday.", "GHA", "2022-02-28", "GOV")
    benin = hand_event("ACCUSE", "Benin accused Niger on Tuesday.", "BEN", "2022-03-01")
    anchors, cues = [ghana, benin], narrative_cues()
    assert (
        story_anchor(hand_event("AGREE", "The army pledged troops.", "GHA", sector="MIL"), anchors, cues)
        is ghana
    )
    assert (
        story_anchor(hand_event("PROTEST", "Students marched.", "GHA", sector="EDU"), anchors, cues) is None
    )
    assert story_anchor(hand_event("SUPPORT", "Togo welcomed it.", "TGO"), anchors, cues) is None
    assert (
        story_anchor(hand_event("SUPPORT", "Within hours Togo welcomed it.", "TGO"), anchors, cues) is benin
    )


def test_only_narrated_events_inherit_and_the_meeting_cue_needs_a_dated_meeting():
    dated = hand_event("ACCUSE", "Ghana accused Togo on Monday.", "GHA", "2022-02-28")
    told = hand_event("THREATEN", "Ghana warned Togo.", "GHA")
    not_told = hand_event("REJECT", "Ghana rejects the claim.", "GHA")
    at_talks = hand_event("AGREE", "Ghana agreed during the talks.", "GHA")
    inherit_narrative_dates([dated, told, not_told, at_talks], narrated={id(told)})
    assert told.date == "2022-02-28" and told.date_from == "narrative"
    assert not_told.date is None
    assert at_talks.date is None  # no meeting was dated: "the talks" gives no day


def test_an_act_during_a_dated_happening_takes_its_day_over_the_last_dated_event():
    march = hand_event("PROTEST", "Supporters marched through the capital on Monday.", "KEN", "2022-02-28")
    statement = hand_event("ACCUSE", "The ministry accused the organisers on Tuesday.", "KEN", "2022-03-01")
    detained = hand_event("COERCE", "Police detained dozens during the march, a spokesman said.", "KEN")
    inherit_narrative_dates([march, statement, detained], narrated=set())
    assert (detained.date, detained.date_from) == ("2022-02-28", "narrative")


def test_a_gerund_after_a_preposition_has_the_tense_of_its_verb(nlp):
    from eventwire.date_narrative import told_in_simple_past

    doc = nlp(
        "Lithuania retaliated by expelling two diplomats. Lithuania is considering expelling two diplomats."
    )
    expelling = [token for token in doc if token.text == "expelling"]
    assert [told_in_simple_past(token) for token in expelling] == [True, False]


def test_during_or_at_a_happening_places_an_act_in_it_but_after_does_not(nlp):
    from eventwire.date_narrative import done_during_another_event

    doc = nlp("Police detained dozens during the march. Police detained dozens after the march.")
    detained = [token for token in doc if token.text == "detained"]
    assert [done_during_another_event(token) for token in detained] == [True, False]
