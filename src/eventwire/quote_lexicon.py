"""The quote lexicon (cue verbs, source phrases, marks) read from data/quotes.yaml."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.table_cache import load_yaml

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "quotes.yaml"


@dataclass(slots=True, frozen=True)
class QuoteLexicon:
    speech_verbs: frozenset[str]
    phrasal_speech_verbs: frozenset[str]
    framing_verbs: frozenset[str]
    direct_only_verbs: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    document_nouns: frozenset[str]
    issuer_prepositions: frozenset[str]
    role_nouns: frozenset[str]
    role_prepositions: frozenset[str]
    quote_pairs: dict[str, str]
    straight_marks: frozenset[str]
    min_words: int
    headline_labels: frozenset[str]
    # Derived from the fields above once, when the lexicon is made (asked for at every verb).
    source_phrase_starts: frozenset[str] = field(init=False)
    direct_cues: frozenset[str] = field(init=False)
    reporting_cues: frozenset[str] = field(init=False)
    phrasal_speech_heads: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        derived = {
            # first words of the source phrases: most tokens start none, and are rejected on this
            "source_phrase_starts": frozenset(phrase[0] for phrase in self.source_phrases),
            # verb lemmas that may introduce a direct quote
            "direct_cues": self.speech_verbs | self.framing_verbs,
            # verb lemmas that may introduce reported (indirect) speech
            "reporting_cues": self.speech_verbs - self.direct_only_verbs - self.framing_verbs,
            # what a phrasal cue's verb may be ("point" of "point out"): every part before a space
            "phrasal_speech_heads": frozenset(
                verb[:index] for verb in self.phrasal_speech_verbs for index, c in enumerate(verb) if c == " "
            ),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)  # a frozen dataclass sets its fields this way


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(value.lower() for value in values)


@lru_cache(maxsize=1)
def load_lexicon() -> QuoteLexicon:
    raw = load_yaml(LEXICON_PATH.read_text("utf-8"))
    return QuoteLexicon(
        speech_verbs=_words(raw["speech_verbs"]),
        phrasal_speech_verbs=_words(raw["phrasal_speech_verbs"]),
        framing_verbs=_words(raw["framing_verbs"]),
        direct_only_verbs=_words(raw["direct_only_verbs"]),
        source_phrases=tuple(tuple(phrase.lower().split()) for phrase in raw["source_phrases"]),
        document_nouns=_words(raw["document_nouns"]),
        issuer_prepositions=_words(raw["issuer_prepositions"]),
        role_nouns=_words(raw["role_nouns"]),
        role_prepositions=_words(raw["role_prepositions"]),
        quote_pairs=dict(raw["quote_pairs"]),
        straight_marks=frozenset(raw["straight_marks"]),
        min_words=int(raw["min_words"]),
        headline_labels=_words(raw["headline_labels"]),
    )
