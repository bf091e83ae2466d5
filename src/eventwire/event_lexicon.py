"""The event lexicon: trigger rules and coding settings read from ``data/events.yaml``.

Everything a political scientist may edit about how events are found and coded lives in that
file; this module only reads it into typed records, once per process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire.events_armed import ArmedCues

NO_EVENT = "NONE"  # a governor's type for "no event here"


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One trigger rule of events.yaml."""

    id: str
    type: str
    mode: str | None = None
    lemmas: frozenset[str] = frozenset()
    phrase: tuple[str, ...] = ()
    pos: frozenset[str] = frozenset({"VERB"})
    governors: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    needs_object: bool = False
    exclude_objects: frozenset[str] = frozenset()
    only_as_subject: bool = False
    weight: float = 1.0
    participants_sector: str | None = None  # "MIL": the participating states are coded as their militaries
    # "armed": fires only with an armed or state agent ("forces struck"); see events_armed.py.
    # "named-partner": "with" a proper noun; "future": a future clause; "reported": a modal in what
    # a speaker says ("said X must withdraw": the speaker demands, X is the recipient); "others-act":
    # its object belongs to someone else ("regretted Moscow's decision").
    requires: str | None = None
    # Fires only when its object is one of these ("fired rockets", "delivered medical supplies").
    objects: frozenset[str] = frozenset()
    # Fires only when it calls its object one of these ("called the ruling unfair").
    complements: frozenset[str] = frozenset()
    # Fires only when one of these words modifies it or governs it ("a general strike", "called a
    # strike", "a strike by teachers"; not "today's strikes" after air strikes).
    cues: frozenset[str] = frozenset()
    # Fires only when the verb reports that something is one of these ("said the move was a provocation").
    judgements: frozenset[str] = frozenset()
    # A NONE rule whose verb also carries no event in what it governs ("the dispute threatened the
    # ceasefire": no threat, and no ceasefire either).
    silences: bool = False
    # The type and mode the event takes when it is aimed at the actor's own country or at no one abroad
    # (a terrorist listing of a foreign group is a sanction, of one's own gangs a restriction at home).
    at_home: tuple[str, str | None] | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the coder reads from events.yaml."""

    scores: dict[str, dict[str, float]]
    requires_recipient: frozenset[str]
    speech_acts: frozenset[str]
    rules: tuple[TriggerRule, ...]
    mode_cues: dict[str, dict[str, str]]  # type -> cue lemma -> mode
    content_modes: dict[str, dict[str, str]]
    future_recode: dict[str, str]
    content_recipient: dict[str, str]
    speech_verbs: frozenset[str]
    recipient_preps: dict[str, frozenset[str]]  # preposition -> types it names the recipient of
    place_recipient_types: frozenset[str]
    contexts: dict[str, str]  # lemma -> context
    document_nouns: frozenset[str] = frozenset()
    beneficiary_verbs: frozenset[str] = frozenset()
    negated_recode: dict[str, str] = field(default_factory=dict)
    accusation: dict[str, Any] = field(default_factory=dict)  # speech_accusation: mode, nouns, fact_cues
    meeting_determiners: frozenset[str] = frozenset()
    armed: ArmedCues = field(default_factory=ArmedCues)
    repeat_folding: dict[str, Any] = field(default_factory=dict)
    owner_recipient_types: frozenset[str] = frozenset()
    compound_owner_types: frozenset[str] = frozenset()
    narrative_dates: bool = False
    instrument_object_types: frozenset[str] = frozenset()
    own_object_types: frozenset[str] = frozenset()
    promised_harm: dict[str, frozenset[str]] = field(default_factory=dict)
    content_recode: tuple[dict[str, Any], ...] = ()
    official_protest: dict[str, frozenset[str]] = field(default_factory=dict)
    apposed_act_nouns: frozenset[str] = frozenset()

    def score(self, event_type: str, mode: str | None) -> float | None:
        table = self.scores.get(event_type, {})
        return table.get(mode or "base", table.get("base"))


def _rules(entry: dict[str, Any]) -> list[TriggerRule]:
    """The rules of one entry: itself, or, for an entry with ``phrases`` and ``phrase_ends``, one phrase
    rule per phrase and last word ("withdraw from" + "treaty", "pull out of" + "bloc")."""
    if "phrases" not in entry:
        return [_rule(entry)]
    frame = {key: value for key, value in entry.items() if key not in {"phrases", "phrase_ends"}}
    ends = entry.get("phrase_ends") or [None]
    return [
        _rule({**frame, "phrase": [*phrase, *([end] if end else [])]})
        for phrase in entry["phrases"]
        for end in ends
    ]


def _rule(entry: dict[str, Any]) -> TriggerRule:
    governors = {
        lemma: (override["type"], override.get("mode"))
        for lemma, override in entry.get("governors", {}).items()
    }
    return TriggerRule(
        id=entry["id"],
        type=entry["type"],
        mode=entry.get("mode"),
        lemmas=frozenset(word.lower() for word in entry.get("lemmas", [])),
        phrase=tuple(word.lower() for word in entry.get("phrase", [])),
        pos=frozenset(entry.get("pos", ["VERB"])),
        governors=governors,
        needs_object=bool(entry.get("needs_object", False)),
        exclude_objects=frozenset(entry.get("exclude_objects", [])),
        only_as_subject=bool(entry.get("only_as_subject", False)),
        weight=float(entry.get("weight", 1.0)),
        participants_sector=entry.get("participants_sector"),
        requires=entry.get("requires"),
        objects=frozenset(entry.get("objects", [])),
        complements=frozenset(entry.get("complements", [])),
        cues=frozenset(entry.get("cues", [])),
        judgements=frozenset(entry.get("judgements", [])),
        silences=bool(entry.get("silences", False)),
        at_home=(entry["at_home"]["type"], entry["at_home"].get("mode")) if "at_home" in entry else None,
    )


@lru_cache(maxsize=1)
def events_config() -> dict[str, Any]:
    """``data/events.yaml`` as parsed YAML, read once per process; the event modules take their
    sections of it (read-only)."""
    text = resources.files("eventwire.data").joinpath("events.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def event_words(key: str) -> frozenset[str]:
    """A word list of ``data/events.yaml`` by its key ("feeling_verbs", "venue_markers"); empty if the
    file has none. What each list is for is said beside it in the file."""
    return frozenset(events_config().get(key, []))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The trigger rules and coding settings of events.yaml."""
    data = events_config()
    types = data["types"]
    mode_cues = {
        event_type: {cue: mode for mode, cues in modes.items() for cue in cues}
        for event_type, modes in data.get("mode_cues", {}).items()
    }
    contexts = {lemma: context for context, lemmas in data.get("contexts", {}).items() for lemma in lemmas}
    return Lexicon(
        scores={name: {k: float(v) for k, v in info["scores"].items()} for name, info in types.items()},
        requires_recipient=frozenset(name for name, info in types.items() if info.get("recipient")),
        speech_acts=frozenset(name for name, info in types.items() if info.get("speech_act")),
        rules=tuple(rule for entry in data["triggers"] for rule in _rules(entry)),
        mode_cues=mode_cues,
        content_modes=data.get("content_modes", {}),
        future_recode=data.get("future_recode", {}),
        content_recipient=data.get("content_recipient", {}),
        speech_verbs=frozenset(data.get("speech_verbs", [])),
        place_recipient_types=frozenset(data.get("place_recipient_types", [])),
        recipient_preps={prep: frozenset(types) for prep, types in data.get("recipient_preps", {}).items()},
        contexts=contexts,
        document_nouns=frozenset(data.get("document_nouns", [])),
        beneficiary_verbs=frozenset(data.get("beneficiary_verbs", [])),
        negated_recode=data.get("negated_recode", {}),
        accusation=_accusation(data.get("speech_accusation", {})),
        meeting_determiners=frozenset(data.get("meeting_anaphora", {}).get("determiners", [])),
        armed=ArmedCues.from_yaml(data.get("armed_agents")),
        repeat_folding=data.get("repeat_folding", {}),
        owner_recipient_types=frozenset(data.get("owner_recipient_types", [])),
        compound_owner_types=frozenset(data.get("compound_owner_types", [])),
        narrative_dates=bool(data.get("narrative_dates", False)),
        instrument_object_types=frozenset(data.get("instrument_object_types", [])),
        own_object_types=frozenset(data.get("own_object_types", [])),
        promised_harm={key: frozenset(values) for key, values in data.get("promised_harm", {}).items()},
        content_recode=tuple(data.get("content_recode", [])),
        official_protest={key: frozenset(values) for key, values in data.get("official_protest", {}).items()},
        apposed_act_nouns=frozenset(data.get("apposed_act_nouns", [])),
    )


def _accusation(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "mode": entry.get("mode"),
        "nouns": frozenset(entry.get("nouns", [])),
        "fact_cues": frozenset(entry.get("fact_cues", [])),
    }


# ---------------------------------------------------------------- trigger matching
