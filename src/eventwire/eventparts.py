"""Parts of the event coder: the trigger lexicon, trigger matching and the dyad (who did it to whom).

The lexicon is data (``data/events.yaml``); this module only knows how to read it and how to
find its words in a parsed sentence. :mod:`eventwire.events` puts the parts together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

from eventwire.records import Actor, ActorMention

# Dependency labels of a verb's grammatical subject / object in spaCy's English scheme.
SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}
# Prepositions that name the recipient (target) of an event, and the types they serve.
RECIPIENT_PREPS = {"against", "on", "to", "at", "toward", "towards", "upon", "into", "for"}
# "with" names co-participants in meetings and cooperation, a recipient elsewhere.
PARTICIPANT_TYPES = {"CONSULT", "COOPERATE"}
# "took part in talks", "engaged in fighting": a verb + these prepositions makes the verb's subject
# the noun's agent; other prepositions ("sanctions over the invasion") name a background event.
PARTICIPATION_PREPS = {"in", "into"}
# A noun trigger's own modifiers that may name its agent ("Russia's invasion", "Israeli strikes").
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}


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
    contexts: dict[str, str]  # lemma -> context

    def score(self, event_type: str, mode: str | None) -> float | None:
        table = self.scores.get(event_type, {})
        return table.get(mode or "base", table.get("base"))


@dataclass(slots=True)
class Trigger:
    """A rule that fired on a sentence: the words that fired it and the token that heads them."""

    rule: TriggerRule
    tokens: list[Token]
    head: Token
    type: str
    mode: str | None
    absorbed: list[Trigger] = field(default_factory=list)
    recoded: str | None = None

    @property
    def words(self) -> list[str]:
        return [token.text for token in sorted(self.tokens, key=lambda token: token.i)]


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
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read events.yaml once per process."""
    text = resources.files("eventwire.data").joinpath("events.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
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
        rules=tuple(_rule(entry) for entry in data["triggers"]),
        mode_cues=mode_cues,
        content_modes=data.get("content_modes", {}),
        future_recode=data.get("future_recode", {}),
        content_recipient=data.get("content_recipient", {}),
        speech_verbs=frozenset(data.get("speech_verbs", [])),
        contexts=contexts,
    )


# ---------------------------------------------------------------- trigger matching


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def _phrase_match(rule: TriggerRule, anchor: Token, sent: Span) -> list[Token] | None:
    """Tokens of a phrase anchored at ``anchor``: adjacent words, or words in the anchor's subtree."""
    if lemma(anchor) != rule.phrase[0] and anchor.lower_ != rule.phrase[0]:
        return None
    rest = rule.phrase[1:]
    window = sent.doc[anchor.i : min(anchor.i + len(rule.phrase), sent.end)]
    if [lemma(token) for token in window][1:] == list(rest) or [t.lower_ for t in window][1:] == list(rest):
        return list(window)
    near = [tok for child in anchor.children for tok in (child, *child.children)]
    found = []
    for word in rest:
        match = next((tok for tok in near if word in (lemma(tok), tok.lower_) and tok not in found), None)
        if match is None or abs(match.i - anchor.i) > 6:
            return None
        found.append(match)
    return [anchor, *found]


def _phrase_head(tokens: Sequence[Token]) -> Token:
    """The token of a phrase whose syntactic head lies outside the phrase."""
    inside = {token.i for token in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def _direct_objects(token: Token) -> list[Token]:
    return [child for child in token.children if child.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]


def _word_fits(rule: TriggerRule, token: Token) -> bool:
    if token.pos_ not in rule.pos or (lemma(token) not in rule.lemmas and token.lower_ not in rule.lemmas):
        return False
    if rule.only_as_subject and token.dep_ not in {"nsubj", "ROOT"}:
        return False
    objects = _direct_objects(token)
    if rule.exclude_objects and any(lemma(obj) in rule.exclude_objects for obj in objects):
        return False
    if rule.needs_object:
        return bool(objects) or any(child.dep_ in {"prt", "ccomp", "xcomp"} for child in token.children)
    return True


def _governor(token: Token) -> Token | None:
    """The verb a noun trigger is the object (or passive subject, or prepositional object) of."""
    head = token.head
    if token.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and head.pos_ in {"VERB", "AUX"}:
        return head
    if token.dep_ == "pobj" and lemma(head) in PARTICIPATION_PREPS and head.head.pos_ == "VERB":
        return head.head
    if token.dep_ == "conj":
        return _governor(head)
    return None


def _apply_governor(trigger: Trigger) -> Trigger:
    """Let the verb governing a noun trigger re-type it ("lifted sanctions" is no sanction)."""
    governor = _governor(trigger.head) if trigger.head.pos_ == "NOUN" else None
    if governor is None or lemma(governor) not in trigger.rule.governors:
        return trigger
    new_type, new_mode = trigger.rule.governors[lemma(governor)]
    trigger.type, trigger.mode = new_type, new_mode
    trigger.tokens = [governor, *trigger.tokens]
    trigger.head = governor
    return trigger


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in a sentence; phrases first, and a word is used by one trigger only."""
    triggers: list[Trigger] = []
    used: set[int] = set()
    phrase_rules = sorted((r for r in lexicon.rules if r.phrase), key=lambda r: -len(r.phrase))
    for rule in phrase_rules:
        for anchor in sent:
            if anchor.i in used:
                continue
            tokens = _phrase_match(rule, anchor, sent)
            if tokens and not used & {token.i for token in tokens}:
                used.update(token.i for token in tokens)
                triggers.append(Trigger(rule, tokens, _phrase_head(tokens), rule.type, rule.mode))
    word_rules = [rule for rule in lexicon.rules if rule.lemmas]
    for token in sent:
        if token.i in used:
            continue
        rule = next((rule for rule in word_rules if _word_fits(rule, token)), None)
        if rule is not None:
            used.add(token.i)
            triggers.append(_apply_governor(Trigger(rule, [token], token, rule.type, rule.mode)))
    return sorted(triggers, key=lambda trigger: trigger.head.i)


def _is_ancestor(ancestor: Token, token: Token) -> bool:
    return ancestor.i != token.i and ancestor in token.ancestors


def fold_triggers(triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Fold triggers that are part of another: the content of a speech act, or a repeat of the same type.

    "X threatened to impose sanctions" is one THREATEN whose content is a SANCTION; "fighting
    killed ten" is one ASSAULT. Folded triggers are kept on the survivor as ``absorbed``.
    """
    kept: list[Trigger] = []
    for trigger in sorted(triggers, key=lambda t: (len(list(t.head.ancestors)), t.head.i)):
        owner = next(
            (
                other
                for other in kept
                if (other.head.i == trigger.head.i or _is_ancestor(other.head, trigger.head))
                and (other.type in lexicon.speech_acts or other.type == trigger.type)
            ),
            None,
        )
        if owner is None:
            kept.append(trigger)
        else:
            owner.absorbed.append(trigger)
    return sorted(kept, key=lambda trigger: trigger.head.i)


# ---------------------------------------------------------------- dyads


class MentionIndex:
    """Finds the actors a token refers to through the actor mentions that cover it."""

    def __init__(self, actors: Sequence[Actor], mentions: Sequence[ActorMention]) -> None:
        self.by_id = {actor.id: actor for actor in actors}
        self.mentions = [m for m in mentions if m.actor_id in self.by_id]

    def at(self, token: Token) -> Actor | None:
        start, end = token.idx, token.idx + len(token.text)
        for mention in self.mentions:
            if mention.start <= start and end <= mention.end:
                return self.by_id[mention.actor_id]
        return None

    def in_span(self, start: int, end: int) -> list[tuple[int, Actor]]:
        """(offset, actor) of every mention inside a character range, in text order."""
        found = [
            (m.start, self.by_id[m.actor_id]) for m in self.mentions if start <= m.start and m.end <= end
        ]
        return sorted(found, key=lambda pair: pair[0])

    def of_phrase(self, token: Token) -> list[Actor]:
        """Actors of a noun phrase: its head, else its modifiers ("Israeli troops", "Iran's navy", "army of X")."""
        direct = self.at(token)
        if direct is not None:
            return [direct]
        for child in token.children:
            if child.dep_ in MODIFIER_DEPS or child.dep_ == "appos":
                found = self.at(child) or next(iter(self.of_phrase(child)), None)
                if found is not None:
                    return [found]
        for child in token.children:
            if child.dep_ == "prep" and lemma(child) == "of":
                for pobj in child.children:
                    found = self.of_phrase(pobj)
                    if found:
                        return found
        return []

    def of_group(self, token: Token) -> list[Actor]:
        """Actors of a phrase and of everything coordinated with it ("X and Y", "X, Y and Z")."""
        return unique([actor for member in coordinated(token) for actor in self.of_phrase(member)])


def coordinated(token: Token) -> list[Token]:
    members = [token]
    for child in token.children:
        if child.dep_ == "conj":
            members.extend(coordinated(child))
    return members


def unique(actors: Iterable[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.id, actor)
    return list(seen.values())


def predicate_of(trigger: Trigger) -> Token:
    """The verb whose arguments are the event's participants (a noun trigger's governor if it has one)."""
    head = trigger.head
    if head.pos_ in {"VERB", "AUX"}:
        return head
    if head.pos_ == "ADJ" and head.head.pos_ in {"AUX", "VERB"}:
        return head.head
    return _governor(head) or head


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject of a verb, climbing through xcomp/conj/acomp chains; True when it is a passive subject."""
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            break
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child, False
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return child, True
        if current.dep_ in {"xcomp", "conj", "acomp", "advcl", "pcomp"} and current.head.i != current.i:
            current = current.head
        elif current.dep_ == "relcl":
            return current.head, False
        else:
            break
    return None, False


def children_by_prep(token: Token, preps: set[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging off a token: "with Iran", "against the rebels", "by X"."""
    pairs = []
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and lemma(child) in preps:
            pairs.extend((lemma(child), obj) for obj in child.children if obj.dep_ == "pobj")
        elif child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN", "PRON"} and "to" in preps:
            pairs.append(("to", child))
    return pairs


def speaker_of(token: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the verb of saying that a clause is reported under, if any."""
    for ancestor in [token, *token.ancestors]:
        if lemma(ancestor) in lexicon.speech_verbs and ancestor.pos_ == "VERB":
            subject, _ = subject_of(ancestor)
            return subject
    return None
