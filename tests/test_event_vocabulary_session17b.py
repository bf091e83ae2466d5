"""Session 17, second round: words that look like an event and report none, in sentences written for
these tests (not from any gold, fixture or lexicon-blind file): a source asking not to be named, an act
someone stopped short of, and "prepared to" as a finite verb rather than a stated willingness; and a
side silencing its own propaganda loudspeakers, a concession rather than censorship; a refusal to
retract a comment; a counted crowd of protesters gathering; condolences offered."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _coded(nlp, text: str, event_type: str) -> list:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return [event for event in events if event.type == event_type and not event.negated]


UNCODED = [
    # anonymity asked for is no request of a party
    ("An aide, who asked not to be named, said the summit had been postponed.", "REQUEST"),
    ("A Kenyan officer who asked not to be identified said the convoy was late.", "REQUEST"),
    # an act someone stopped or fell short of did not happen
    ("The senator stopped short of accusing Beijing of spying.", "ACCUSE"),
    ("Brazil fell short of recognising the new government in Caracas.", "SUPPORT"),
    # a finite "prepared to" tells what someone was about to do, no willingness offered
    ("The foreign minister met reporters as he prepared to fly back to Ankara.", "AGREE"),
    # ... but not turning them on again, nor a regulator halting a channel's broadcasts
    ("Seoul turned its loudspeakers back on along the frontier on Tuesday.", "CONCEDE"),
    ("The regulator suspended the channel's broadcasts for a week.", "CONCEDE"),
    # a source's silence is still no refusal
    ("The embassy declined to comment on the arrests.", "REJECT"),
    # a counted gathering of officials is no protest
    ("Dozens of finance ministers gathered in Rome on Tuesday.", "PROTEST"),
    # condolences offered promise nothing
    ("The Kenyan president offered condolences to Tanzania on Tuesday.", "AGREE"),
    ("Ghana's foreign minister offered his sympathy to the Togolese people on Tuesday.", "AGREE"),
]

CODED = [
    # the same words where they do report the event
    ("The officials asked Egypt to reopen the crossing.", "REQUEST"),
    ("The senator accused Beijing of spying on Monday.", "ACCUSE"),
    ("Turkey said it was prepared to resume talks with Greece.", "AGREE"),
    ("Serbia is prepared to negotiate with Kosovo.", "AGREE"),
    # a side switching off its own propaganda loudspeakers gives up a hostile act
    ("Pyongyang switched off its loudspeakers along the frontier on Tuesday.", "CONCEDE"),
    ("Seoul suspended its loudspeaker broadcasts on the frontier on Tuesday.", "CONCEDE"),
    ("The army dismantled the propaganda loudspeakers on Tuesday.", "CONCEDE"),
    # refusing to take back a comment refuses a retraction; the comment is not a source's silence
    ("The Polish minister refused on Tuesday to retract the comment about Lithuania.", "REJECT"),
    # a counted crowd ("thousands of protesters") gathers as the protesters themselves do
    ("Thousands of demonstrators gathered outside the ministry in Lima on Tuesday.", "PROTEST"),
    ("Hundreds of opposition supporters gathered in Tbilisi on Tuesday to denounce the vote.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "absent"), UNCODED)
def test_look_alike_wording_reports_no_event(nlp, text, absent):
    assert not _coded(nlp, text, absent)


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_event_wording_still_coded(nlp, text, expected):
    assert _coded(nlp, text, expected)
