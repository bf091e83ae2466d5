"""The quote finders' cue test reads a verb's children only when its lemma can be a cue, and the
lexicon's derived word sets are made once, not at every verb."""

from __future__ import annotations

import pytest

from eventwire.quote_context import cue_name, is_passive
from eventwire.quote_lexicon import load_lexicon

SENTENCES = [
    "The mayor pointed out that the bridge had been closed for a week.",
    "Farmers spoke out against the levy, and the union went on to say it would strike.",
    "The treaty was declared void by the court, the spokeswoman said on Friday.",
    "She made clear that talks would resume, then walked out and drove home.",
]


def full_cue_name(token, verbs, lexicon):
    """The cue test as it reads without the shortcut: every verb's children are read."""
    if token.pos_ not in ("VERB", "AUX") or is_passive(token):
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt" and f"{lemma} {child.lower_}" in lexicon.phrasal_speech_verbs:
            return f"{lemma} {child.lower_}"
    return lemma if lemma in verbs else None


@pytest.mark.parametrize("text", SENTENCES)
def test_cue_names_are_those_of_the_full_test(nlp, text):
    lexicon = load_lexicon()
    for verbs in (lexicon.direct_cues, lexicon.reporting_cues):
        for token in nlp(text):
            assert cue_name(token, verbs, lexicon) == full_cue_name(token, verbs, lexicon), token.text


def test_derived_word_sets_are_made_once():
    lexicon = load_lexicon()
    assert lexicon.direct_cues is lexicon.direct_cues
    assert lexicon.direct_cues == lexicon.speech_verbs | lexicon.framing_verbs
    assert lexicon.reporting_cues == lexicon.speech_verbs - lexicon.direct_only_verbs - lexicon.framing_verbs
    assert lexicon.source_phrase_starts == {phrase[0] for phrase in lexicon.source_phrases}
    assert {"point", "speak"} <= lexicon.phrasal_speech_heads
