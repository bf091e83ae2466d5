"""A junta named once with its country and then without it: "the military government" many
sentences later, a capitalised "Junta" before a spokesman's title."""

from __future__ import annotations

from tests.conftest import mentioned_actors

# Our own story: Guinea's junta and its quarrel with a foreign country the text names more often.
STORY = (
    "CONAKRY, June 2 (Wire) — Canada said on Monday it would close its embassy. "
    "Guinea's junta had ordered the closure. "
    "Canadian officials said Ottawa would keep an aid programme. "
    "Canada's foreign minister spoke in Ottawa. "
    "A Canadian delegation will visit next week, a Canadian spokesperson said. "
    "The military government cancelled a mining licence held by a Canadian firm in May. "
    "Junta spokesman Colonel Mamadou Keita accused the Canadians of arrogance."
)


def _mention(nlp, text: str, words: str):
    return [actor for said, actor in mentioned_actors(nlp, text) if said.startswith(words)]


def test_the_military_government_is_the_junta_named_sentences_before(nlp):
    found = _mention(nlp, STORY, "The military government")
    assert [(actor.country, actor.sector) for actor in found] == [("GIN", "MIL")]


def test_a_capitalised_junta_before_a_title_is_the_junta_named_before(nlp):
    found = _mention(nlp, STORY, "Junta spokesman")
    assert [(actor.kind, actor.country) for actor in found] == [("person", "GIN")]


def test_the_army_is_no_ruling_military_word(nlp):
    # a guard: only roles.yaml's ruling_military_words reach back past the three-sentence window
    text = "Ghana's army said on Monday it had arrested three officers. The army denied a coup plot."
    assert [(actor.country, actor.sector) for actor in _mention(nlp, text, "The army")] == [("GHA", "MIL")]
