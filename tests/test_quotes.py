"""Quotes: every layout of direct quotes and reported speech, with speakers and offsets."""

from __future__ import annotations

import pytest

from eventwire.quote_marks import find_marked_spans
from eventwire.quotes import extract_quotes
from eventwire.records import ActorMention, Quote


def mention(text: str, surface: str, actor_id: str, how: str = "name", nth: int = 0) -> ActorMention:
    """An actor mention at the ``nth`` occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return ActorMention(actor_id=actor_id, start=start, end=start + len(surface), text=surface, how=how)


def speaker_text(text: str, quote: Quote) -> str | None:
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return text[quote.speaker_start : quote.speaker_end]


def quotes_of(nlp, text: str, mentions=()) -> list[Quote]:
    quotes = extract_quotes(nlp(text), mentions)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text  # offsets always point back to the text
    return quotes


def only_direct(quotes: list[Quote]) -> list[Quote]:
    return [quote for quote in quotes if quote.direct]


# ---------------------------------------------------------------- quotation marks alone


def test_marks_pair_curly_and_straight_and_strip_the_trailing_comma():
    text = '“We stay,” she said. "We leave," he said.'
    spans = find_marked_spans(text)
    assert [text[span.start : span.end] for span in spans] == ["We stay", "We leave"]


def test_nested_single_quotes_and_apostrophes_are_not_quotes():
    text = "“The so-called ‘council’ doesn’t speak for Kyiv’s people,” he said."
    spans = find_marked_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "The so-called ‘council’ doesn’t speak for Kyiv’s people"


def test_quote_continues_into_a_paragraph_that_reopens_with_a_mark():
    text = "“First we rebuild the bridge.\n“Then we reopen the road,” the mayor said.\nNothing else was said."
    spans = find_marked_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "First we rebuild the bridge.\n“Then we reopen the road"


def test_unclosed_quote_ends_with_its_paragraph_when_the_next_does_not_reopen():
    text = "“We will never sign this deal.\nThe talks ended without agreement."
    spans = find_marked_spans(text)
    assert [text[span.start : span.end] for span in spans] == ["We will never sign this deal."]
    assert not spans[0].closed


# ---------------------------------------------------------------- direct-quote layouts


def test_quote_then_speaker_said(nlp):
    text = "“We will not accept the new tariffs,” Trade Minister Olga Berg said on Monday."
    mentions = [mention(text, "Trade Minister Olga Berg", "person:olga-berg")]
    [quote] = quotes_of(nlp, text, mentions)
    assert quote.text == "We will not accept the new tariffs"
    assert (quote.direct, quote.cue, quote.speaker) == (True, "say", "person:olga-berg")
    assert speaker_text(text, quote) == "Trade Minister Olga Berg"


def test_quote_then_said_speaker(nlp):
    text = "“The port will reopen next week,” said Joao Silva, the harbour chief."
    mentions = [mention(text, "Joao Silva", "person:joao-silva")]
    [quote] = quotes_of(nlp, text, mentions)
    assert quote.text == "The port will reopen next week"
    assert quote.speaker == "person:joao-silva"
    assert speaker_text(text, quote) == "Joao Silva"


def test_speaker_said_colon_quote(nlp):
    text = "The Polish Embassy said: “Our consulate in Lviv remains open to all visitors.”"
    mentions = [mention(text, "The Polish Embassy", "org:pl-embassy", how="organisation")]
    [quote] = quotes_of(nlp, text, mentions)
    assert quote.text == "Our consulate in Lviv remains open to all visitors."
    assert quote.speaker == "org:pl-embassy"
    assert quote.cue == "say"


def test_quote_dash_speaker_told_reporters(nlp):
    text = "“The ceasefire is holding” — the army spokesman told reporters."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "The ceasefire is holding"
    assert quote.cue == "tell"
    assert speaker_text(text, quote) == "the army spokesman"
    assert quote.speaker is None  # no mention given: the span is still reported


def test_speaker_said_quote_without_colon_is_one_direct_quote(nlp):
    text = "The minister said “we are ready to talk” at the summit."
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.direct, q.cue) for q in quotes] == [("we are ready to talk", True, "say")]
    assert speaker_text(text, quotes[0]) == "The minister"


def test_straight_quotes(nlp):
    text = '"Aid trucks crossed the border this morning," a United Nations official said.'
    [quote] = quotes_of(nlp, text)
    assert quote.text == "Aid trucks crossed the border this morning"
    assert speaker_text(text, quote) == "a United Nations official"


def test_nested_quote_is_part_of_the_outer_quote(nlp):
    text = "“They call it a ‘peace mission’, but it is an invasion,” the president said."
    quotes = only_direct(quotes_of(nlp, text))
    assert [quote.text for quote in quotes] == ["They call it a ‘peace mission’, but it is an invasion"]


def test_paragraph_spanning_quote_is_one_quote_with_its_speaker(nlp):
    text = "“We have rebuilt three schools.\n“We will rebuild ten more by spring,” the governor said."
    quotes = only_direct(quotes_of(nlp, text))
    assert len(quotes) == 1
    assert quotes[0].text.startswith("We have rebuilt three schools.")
    assert quotes[0].text.endswith("ten more by spring")
    assert speaker_text(text, quotes[0]) == "the governor"


def test_he_added_continues_with_the_pronoun_mention(nlp):
    text = (
        "“The border will stay closed,” Interior Minister Karl Moser said.\n"
        "“We need more time to check every vehicle,” he added."
    )
    mentions = [
        mention(text, "Interior Minister Karl Moser", "person:karl-moser"),
        ActorMention(
            "person:karl-moser", text.index(" he added") + 1, text.index(" he added") + 3, "he", "pronoun"
        ),
    ]
    first, second = quotes_of(nlp, text, mentions)
    assert second.cue == "add"
    assert speaker_text(text, second) == "he"
    assert first.speaker == second.speaker == "person:karl-moser"


def test_cue_less_quote_in_next_paragraph_inherits_the_speaker(nlp):
    text = (
        "“Prices will fall by summer,” the central bank governor said.\n"
        "“Our reserves are large enough to defend the currency.”"
    )
    mentions = [mention(text, "the central bank governor", "person:governor", how="description")]
    first, second = quotes_of(nlp, text, mentions)
    assert second.cue is None
    assert second.speaker == first.speaker == "person:governor"
    assert (second.speaker_start, second.speaker_end) == (first.speaker_start, first.speaker_end)


def test_cue_less_quote_after_narration_paragraphs_stays_unattributed(nlp):
    text = (
        "“Prices will fall by summer,” the governor said.\n"
        "Markets rose after the remarks.\n"
        "Traders expected a rate cut in May.\n"
        "“Nobody can predict the war.”"
    )
    last = quotes_of(nlp, text)[-1]
    assert last.text == "Nobody can predict the war."
    assert last.speaker_start is None and last.cue is None


def test_partial_quote_inside_a_sentence(nlp):
    text = "Foreign Minister Dara Quinn called the blockade “an act of war” against her country."
    mentions = [mention(text, "Foreign Minister Dara Quinn", "person:dara-quinn")]
    [quote] = quotes_of(nlp, text, mentions)
    assert quote.text == "an act of war"
    assert (quote.direct, quote.cue, quote.speaker) == (True, "call", "person:dara-quinn")


def test_scare_quotes_without_a_speaker_are_dropped(nlp):
    text = "The so-called “buffer zone” was set up last year along the river."
    assert quotes_of(nlp, text) == []


# ---------------------------------------------------------------- reported speech


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "The prime minister said that early elections would be held in June.",
            "early elections would be held in June",
            "The prime minister",
            "say",
        ),
        (
            "Kenyan officials said the talks would resume in Nairobi next week.",
            "the talks would resume in Nairobi next week",
            "Kenyan officials",
            "say",
        ),
        (
            "The health minister told reporters the vaccine stocks were running low.",
            "the vaccine stocks were running low",
            "The health minister",
            "tell",
        ),
        (
            "The coast guard warned that more boats were likely to capsize.",
            "more boats were likely to capsize",
            "The coast guard",
            "warn",
        ),
        (
            "The auditor pointed out that the ministry had overspent by a third.",
            "the ministry had overspent by a third",
            "The auditor",
            "point out",
        ),
        (
            "The Chinese Embassy said in a statement that it had lodged a protest.",
            "it had lodged a protest",
            "The Chinese Embassy",
            "say",
        ),
        (
            "Ministry spokeswoman Lina Petrova said the drills were routine.",
            "the drills were routine",
            "Ministry spokeswoman Lina Petrova",
            "say",
        ),
        (
            "The strike will continue until Friday, the union said.",
            "The strike will continue until Friday",
            "the union",
            "say",
        ),
    ],
)
def test_reported_speech(nlp, text, content, speaker, cue):
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.direct, q.cue) for q in quotes] == [(content, False, cue)]
    assert speaker_text(text, quotes[0]) == speaker


def test_according_to_before_and_after_the_clause(nlp):
    before = "According to the Red Cross, some 2,000 families have fled the valley."
    [quote] = quotes_of(nlp, before)
    assert (quote.text, quote.cue, quote.direct) == (
        "some 2,000 families have fled the valley",
        "according to",
        False,
    )
    assert speaker_text(before, quote) == "the Red Cross"
    after = "Two bridges were destroyed overnight, according to regional authorities."
    [quote] = quotes_of(nlp, after)
    assert quote.text == "Two bridges were destroyed overnight"
    assert speaker_text(after, quote) == "regional authorities"


def test_document_subject_gives_its_issuer_as_speaker(nlp):
    text = "A statement from the Defence Ministry said the missile had been intercepted."
    mentions = [mention(text, "the Defence Ministry", "org:defence-ministry", how="organisation")]
    [quote] = quotes_of(nlp, text, mentions)
    assert quote.speaker == "org:defence-ministry"
    assert speaker_text(text, quote) == "the Defence Ministry"


def test_reported_clause_with_a_partial_quote_gives_both(nlp):
    text = "The mayor said that the city would “never surrender” to the rebels."
    quotes = quotes_of(nlp, text)
    assert {(q.text, q.direct) for q in quotes} == {
        ("the city would “never surrender” to the rebels", False),
        ("never surrender", True),
    }
    assert all(speaker_text(text, q) == "The mayor" for q in quotes)


def test_no_quotes_in_plain_narration(nlp):
    assert quotes_of(nlp, "Troops entered the town after a week of heavy shelling.") == []


def test_speech_inside_a_quote_is_not_reported_again(nlp):
    text = "“My brother said he would come back,” the woman told the court."
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.direct) for q in quotes] == [("My brother said he would come back", True)]
    assert speaker_text(text, quotes[0]) == "the woman"


def test_relative_pronoun_speaker_is_its_antecedent(nlp):
    text = "Lindqvist, who told reporters that the harbour was mined, left for Oslo on Friday."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "the harbour was mined"
    assert speaker_text(text, quote) == "Lindqvist"


def test_call_for_is_a_request_not_a_framing_cue(nlp):
    text = "Any strike on the dam would call for “an immediate and massive retaliation” by the army."
    quotes = quotes_of(nlp, text)
    assert all(quote.cue != "call" for quote in quotes)


def test_one_word_utterance_is_kept_and_a_quoted_title_is_not(nlp):
    assert [q.text for q in quotes_of(nlp, "“Yes,” the minister said.")] == ["Yes"]
    assert quotes_of(nlp, "Crowds sang “The Wind of Change Song” in the square.") == []


# ---------------------------------------------------------------- speakers: names, headlines, verbs


def test_a_title_with_a_name_in_apposition_speaks_as_the_person(nlp):
    text = "Estonian Deputy Finance Minister, Leena Tamm, confirmed that the budget would be cut."
    (quote,) = quotes_of(nlp, text)
    assert speaker_text(text, quote) == "Leena Tamm"


def test_headline_source_after_a_closing_colon(nlp):
    text = "Fuel subsidies will end in March: Abuja"
    (quote,) = quotes_of(nlp, text, [mention(text, "Abuja", "NGA-GOV", how="capital")])
    assert (quote.text, speaker_text(text, quote), quote.speaker) == (
        "Fuel subsidies will end in March",
        "Abuja",
        "NGA-GOV",
    )
    assert quote.direct is False and quote.cue == ":"


def test_quoted_headline_takes_the_source_after_the_colon(nlp):
    text = "“Our patience has limits”: the Elysee Palace"
    (quote,) = quotes_of(nlp, text)
    assert quote.direct and speaker_text(text, quote) == "the Elysee Palace"


@pytest.mark.parametrize(
    "text",
    [
        "Ceasefire talks resume in Doha: Live Updates",
        "The minister listed three aims: Growth, Jobs",
        "Budget 2026: Treasury",
    ],
)
def test_colons_that_name_no_source(nlp, text):
    assert not [quote for quote in quotes_of(nlp, text) if quote.cue == ":"]


def test_more_speech_verbs(nlp):
    text = "The auditor disclosed that four contracts had been signed without a tender."
    (quote,) = quotes_of(nlp, text)
    assert quote.cue == "disclose"
    text = "“Stay inside tonight,” the sheriff spoke into the radio."
    (quote,) = only_direct(quotes_of(nlp, text))
    assert speaker_text(text, quote) == "the sheriff"


def test_pronoun_speakers_resolve_through_the_actor_stage(nlp):
    from eventwire.actors import extract_actors

    text = "Minister Olga Berg visited the port. She said the new terminal would open in June."
    doc = nlp(text)
    _, mentions = extract_actors(doc)
    (quote,) = extract_quotes(doc, mentions)
    assert speaker_text(text, quote) == "She"
    assert quote.speaker == "person:olga-berg"


# ---------------------------------------------------------------- after a dateline


@pytest.mark.parametrize(
    ("text", "said", "speaker", "actor"),
    [
        # the parser makes the filing place a second subject of "said"
        ("ISLAMABAD (AP) — Pakistani officials said on Monday that the talks would resume next week.",
         "the talks would resume next week", "Pakistani officials", "PAK-GOV"),
        # ... or hangs it on the speaker's noun
        ("TARVO, Norland (Wire) - officials said the storm cut power to two towns overnight.",
         "the storm cut power to two towns overnight", "officials", None),
        # ... or on the reported clause
        ("KABUL (AP) — The talks will resume next week, officials said on Monday.",
         "The talks will resume next week", "officials", None),
    ],
)  # fmt: skip
def test_a_dateline_is_neither_speaker_nor_speech(nlp, text: str, said: str, speaker: str, actor) -> None:
    mentions = [mention(text, "Pakistani officials", "PAK-GOV", how="description")] if actor else []
    (quote,) = quotes_of(nlp, text, mentions)
    assert (quote.text, speaker_text(text, quote), quote.speaker) == (said, speaker, actor)
