"""Dated statements anchor their speaker's later acts when the act they report is not coded
(eventwire.date_sayings), on sentences written for these tests."""

from __future__ import annotations

from tests.test_date_narrative_main_act import event

from eventwire.date_narrative import inherit_narrative_dates
from eventwire.date_sayings import saying_anchors
from eventwire.dates import resolve_dates
from eventwire.records import Actor

PUBLISHED = "2024-03-15"  # a Friday
GHANA = Actor("a:GHA", "Ghana", "state", country="GHA")
TEXT = (
    "Mahama told Togo's parliament on Tuesday that the two countries shared one coast. "
    "Officials said the talks were long. "
    "Mahama spoke later to reporters."
)


def speakers(token):
    return [GHANA] if token.text == "Mahama" else []


def test_a_dated_statement_with_a_known_speaker_is_an_anchor(nlp):
    doc = nlp(TEXT)
    anchors = saying_anchors(doc, resolve_dates(doc, PUBLISHED), speakers)
    assert [(a.actor, a.date, a.evidence[0].start) for a in anchors] == [([GHANA], "2024-03-12", 0)]


def test_an_undated_or_perfect_statement_is_none(nlp):
    doc = nlp("Mahama told parliament that the coast was shared. Mahama has said on Tuesday that it was.")
    assert saying_anchors(doc, resolve_dates(doc, PUBLISHED), speakers) == []


def later(kind: str, sentence: str, trigger: str, actors: list[str], offset: int):
    made = event(kind, sentence, trigger, actors)
    made.evidence[0].start = offset
    return made


def statement(date: str, offset: int = 0):
    made = event("SAYING", "Mahama told parliament on Tuesday that ...", "told", ["GHA"], date)
    made.evidence[0].start = offset
    return made


def test_the_speakers_later_acts_take_its_day_and_others_stay_undated():
    pledged = later("AGREE", '"Ghana will stand by Togo," Mahama said.', "stand", ["GHA"], 100)
    reacted = later("SUPPORT", "Togo's president welcomed the pledge.", "welcomed", ["TGO"], 200)
    inherit_narrative_dates([pledged, reacted], {id(pledged), id(reacted)}, [statement("2024-03-12")])
    assert (pledged.date, pledged.date_from) == ("2024-03-12", "narrative")
    assert reacted.date is None


def test_a_statement_whose_sentence_dated_an_act_anchors_nothing():
    coded = event("CONSULT", "Mahama told parliament on Tuesday that ...", "told", ["GHA"], "2024-03-11")
    pledged = later("AGREE", '"Ghana will stand by Togo," Mahama said.', "stand", ["GHA"], 100)
    inherit_narrative_dates([coded, pledged], {id(pledged)}, [statement("2024-03-12")])
    assert pledged.date == "2024-03-11"
