"""Parts of the event coder: finding the lexicon's triggers in a parsed sentence (folding them into one
another is :mod:`eventwire.trigger_folding`).

The lexicon is data (``data/events.yaml``, read by :mod:`eventwire.event_lexicon`); this module
knows how to find its words in a parsed sentence. The auxiliary flags (negated, future, hypothetical, historical) are
read in :mod:`eventwire.eventflags`; :mod:`eventwire.events` puts the parts together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.event_judgements import (
    complement_after_infinitive,
    complement_in_relative,
    judgement_denied,
    judgement_in_kind,
    misattached_complement,
    qualified_judgement,
)
from eventwire.event_lexicon import NO_EVENT, Lexicon, TriggerRule
from eventwire.event_requirements import has_cue, requirement_met
from eventwire.event_verb_shapes import done_by_anyone
from eventwire.events_wording import (
    has_complement_in,
    has_object_in,
    names_a_venue,
    newsroom_idiom,
    reports_judgement,
)
from eventwire.tokens import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, TIME_ENTITIES
from eventwire.tokens import lemma as lemma

# "took part in talks", "engaged in fighting", "put on alert": a verb + these prepositions makes the verb's subject
# the noun's agent; other prepositions ("sanctions over the invasion") name a background event.
PARTICIPATION_PREPS = {"in", "into", "on"}
# "arrived in Kyiv for talks", "flew to Beijing for a summit": the traveller takes part in the meeting.
TRAVEL_FOR_VERBS = {"arrive", "travel", "fly", "head", "come", "go", "return", "visit"}
# Part-of-speech tags of a finite verb (past, present).
FINITE_TAGS = {"VBD", "VBZ", "VBP"}


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


def _phrase_match(rule: TriggerRule, anchor: Token, sent: Span) -> list[Token] | None:
    """Tokens of a phrase anchored at ``anchor``, unless a preposition of it only introduces a time
    ("called on Monday" is no "call on")."""
    tokens = _phrase_tokens(rule, anchor, sent)
    if tokens and any(_introduces_time(token) for token in tokens[1:]):
        return None
    if (
        tokens
        and rule.exclude_objects
        and any(lemma(obj) in rule.exclude_objects for obj in _direct_objects(anchor))
    ):
        return None  # "pulled its ambassador out" is no retreat: the verb rule for envoys takes it
    if tokens and names_a_venue(_phrase_head(tokens)):
        return None  # "on the sidelines of the G20 summit": the venue
    return tokens


def _introduces_time(token: Token) -> bool:
    # a preposition introducing a time is no part of a phrase trigger ("called on Monday")
    objects = [child for child in token.children if child.dep_ == "pobj"]
    return token.pos_ == "ADP" and bool(objects) and all(obj.ent_type_ in TIME_ENTITIES for obj in objects)


def _phrase_tokens(rule: TriggerRule, anchor: Token, sent: Span) -> list[Token] | None:
    """Tokens of a phrase anchored at ``anchor``: adjacent words, or words in the anchor's subtree."""
    if lemma(anchor) != rule.phrase[0] and anchor.lower_ != rule.phrase[0]:
        return None
    rest = rule.phrase[1:]
    window = sent.doc[anchor.i : min(anchor.i + len(rule.phrase), sent.end)]
    if [lemma(token) for token in window][1:] == list(rest) or [t.lower_ for t in window][1:] == list(rest):
        return list(window)
    # Later words may be the anchor's dependents ("pulled its troops out") or, for a modifier
    # anchor, its head ("joint military exercises").
    near = [tok for child in anchor.children for tok in (child, *child.children)] + [anchor.head]
    # and the object of a preposition two steps down ("pulled out of the deal", "walked away from it")
    near += [
        obj
        for child in anchor.children
        for prep in child.children
        if prep.dep_ == "prep"
        for obj in prep.children
    ]
    found = []
    for word in rest:
        # Later words follow the anchor: "on Monday called" is no "call on".
        match = next(
            (
                tok
                for tok in near
                if word in (lemma(tok), tok.lower_)
                and tok not in found
                and tok.i > anchor.i
                # a particle or preposition of the phrase belongs to its first word ("called on X")
                # or to another word of it ("in close contact with"), not to a word outside it
                # ("called the move a setback for democracy")
                and (tok.pos_ not in {"ADP", "PART"} or tok.head.i == anchor.i or tok.head in found)
                # the word after a preposition of the phrase is that preposition's object ("withdrew from
                # the deal", not "withdrew from the town under the deal")
                and (
                    not found
                    or found[-1].dep_ != "prep"
                    or tok.pos_ in {"ADP", "PART"}
                    or tok.head == found[-1]
                )
            ),
            None,
        )
        # (far words must hang on the anchor or on a word of the phrase: "stayed away from Bolivia's
        # independence day celebrations")
        if match is None or (
            abs(match.i - anchor.i) > 6 and match.head.i != anchor.i and match.head not in found
        ):
            return None
        found.append(match)
    return [anchor, *found]


def _phrase_head(tokens: Sequence[Token]) -> Token:
    """The token of a phrase whose syntactic head lies outside the phrase; of two such ("drones and
    missiles struck": "missiles" hangs on "drones", "struck" is the root), the verb."""
    inside = {token.i for token in tokens}
    heads = [token for token in tokens if token.head.i not in inside or token.head.i == token.i]
    verbs = [token for token in heads if token.pos_ in {"VERB", "AUX"}]
    return (verbs or heads or tokens)[0]


def _direct_objects(token: Token) -> list[Token]:
    objects = [child for child in token.children if child.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    # "dismissed as baseless reports that ...": the parser reads the object as the predicate's noun
    return objects or [
        obj
        for child in token.children
        if child.dep_ == "prep" and child.lower_ == "as"
        for obj in child.children
    ]


def _word_fits(rule: TriggerRule, token: Token, lexicon: Lexicon) -> bool:
    if token.pos_ not in rule.pos or (lemma(token) not in rule.lemmas and token.lower_ not in rule.lemmas):
        return False
    if rule.only_as_subject and token.dep_ not in {"nsubj", "ROOT"}:
        return False
    if token.pos_ == "VERB" and newsroom_idiom(token):
        return False
    if token.pos_ == "NOUN" and names_a_venue(token):
        return False
    objects = _direct_objects(token)
    if rule.exclude_objects and any(lemma(obj) in rule.exclude_objects for obj in objects):
        return False
    if rule.exclude_objects and token.dep_ in {"relcl", "acl"} and lemma(token.head) in rule.exclude_objects:
        return False  # "a charge Kabul denies": the modified noun is the verb's object
    if rule.needs_object:
        return bool(objects) or any(child.dep_ in {"prt", "ccomp", "xcomp"} for child in token.children)
    if rule.requires and not requirement_met(rule.requires, token, lexicon):
        return False
    if rule.objects and not has_object_in(token, rule.objects):
        return False
    if rule.cues and not has_cue(token, rule.cues):
        return False
    if rule.judgements and (
        judgement_denied(token)
        or not (
            reports_judgement(token, rule.judgements)
            or qualified_judgement(token, rule.judgements)
            or judgement_in_kind(token, rule.judgements)
        )
    ):
        return False
    return (
        not rule.complements
        or has_complement_in(token, rule.complements)
        or complement_in_relative(token, rule.complements)
        or complement_after_infinitive(token, rule.complements)
        or misattached_complement(token, rule.complements)
        or qualified_judgement(token, rule.complements)
        or judgement_in_kind(token, rule.complements)
    )


def governor_of(token: Token) -> Token | None:
    """The verb a noun trigger is the object (or passive subject, or prepositional object) of."""
    head = token.head
    if token.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and head.pos_ in {"VERB", "AUX"}:
        return head
    if token.dep_ == "pobj" and lemma(head) == "for" and lemma(head.head) in TRAVEL_FOR_VERBS:
        return head.head
    if token.dep_ == "pobj" and lemma(head) in PARTICIPATION_PREPS and head.head.pos_ == "VERB":
        return head.head
    if token.dep_ == "conj":
        return governor_of(head)
    return None


def _released_from(noun: Token) -> Token | None:
    """The verb a noun trigger is what someone is released from ("exempted the goods from the tariffs",
    "backed away from the sanctions"): only for a rule's ``governors``."""
    if noun.dep_ == "compound":  # "from the tariff increase"
        noun = noun.head
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "from":
        return None
    verb = head.head.head if head.head.dep_ in {"advmod", "prt"} else head.head  # "backed away from"
    return verb if verb.pos_ == "VERB" else None


def _apply_governor(trigger: Trigger) -> Trigger:
    """Let the verb governing a noun trigger re-type it ("lifted sanctions" is no sanction)."""
    governor = governor_of(trigger.head) if trigger.head.pos_ == "NOUN" else None
    if governor is None and trigger.head.pos_ == "NOUN":
        governor = _released_from(trigger.head)
    if governor is None or lemma(governor) not in trigger.rule.governors:
        return trigger
    new_type, new_mode = trigger.rule.governors[lemma(governor)]
    trigger.type, trigger.mode = new_type, new_mode
    trigger.tokens = [governor, *(token for token in trigger.tokens if token.i != governor.i)]
    trigger.head = governor
    return trigger


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in a sentence; phrases first, and a word is used by one trigger only."""
    triggers: list[Trigger] = []
    used: set[int] = set()
    tokens_in_order = list(sent)
    by_word = _tokens_by_word(tokens_in_order)
    phrase_rules, phrases_by_first_word, word_rules = _rule_index(lexicon)
    # only the phrases whose first word is in the sentence, in the index's order (longest first)
    present = sorted({order for word in by_word for order in phrases_by_first_word.get(word, ())})
    for rule in (phrase_rules[order] for order in present):
        if any(word not in by_word for word in rule.phrase[1:]):
            continue  # a word of it is nowhere in the sentence (a phrase's words all lie in the sentence)
        for anchor in by_word.get(rule.phrase[0], ()):
            if anchor.i in used:
                continue
            tokens = _phrase_match(rule, anchor, sent)
            if tokens and rule.requires and not requirement_met(rule.requires, _phrase_head(tokens), lexicon):
                continue
            if tokens and not used & {token.i for token in tokens}:
                used.update(token.i for token in tokens)
                triggers.append(
                    _apply_governor(Trigger(rule, tokens, _phrase_head(tokens), rule.type, rule.mode))
                )
    for token in tokens_in_order:
        if token.i in used:
            continue
        by_lemma, by_form = word_rules.get(lemma(token), ()), word_rules.get(token.lower_, ())
        if not by_lemma and not by_form:
            continue  # most words are in no word rule
        candidates = dict([*by_lemma, *by_form])
        rule = next(
            (
                candidates[order]
                for order in sorted(candidates)
                if _word_fits(candidates[order], token, lexicon)
            ),
            None,
        )
        if rule is not None:
            used.add(token.i)
            triggers.append(_apply_governor(Trigger(rule, [token], token, rule.type, rule.mode)))
    # A governor may say the noun reports nothing ("denied the accusations": type NONE).
    silenced = _silenced_tokens(triggers)
    return sorted(
        (
            t
            for t in triggers
            if t.type != NO_EVENT
            and t.head.i not in silenced
            and (t.rule.requires == "generic-fate" or not done_by_anyone(t.head))
        ),
        key=lambda trigger: trigger.head.i,
    )


# What a verb governs as its content: "threatened [the ceasefire]", "threatens [to set back the thaw]".
CONTENT_DEPS = {"dobj", "xcomp", "ccomp"}


def _silenced_tokens(triggers: Sequence[Trigger]) -> set[int]:
    """Tokens in what the verb of a ``silences`` rule governs (its object or clause): no events."""
    return {
        token.i
        for trigger in triggers
        if trigger.type == NO_EVENT and trigger.rule.silences
        for child in trigger.head.children
        if child.dep_ in CONTENT_DEPS
        for token in child.subtree
    }


def _tokens_by_word(tokens: Sequence[Token]) -> dict[str, list[Token]]:
    """The sentence's tokens under their lemma and their lower-cased form, in text order."""
    index: dict[str, list[Token]] = {}
    for token in tokens:
        for word in dict.fromkeys((lemma(token), token.lower_)):
            index.setdefault(word, []).append(token)
    return index


RuleIndex = tuple[list[TriggerRule], dict[str, list[int]], dict[str, list[tuple[int, TriggerRule]]]]
_RULE_INDEX: dict[int, tuple[Lexicon, RuleIndex]] = {}


def _rule_index(lexicon: Lexicon) -> RuleIndex:
    """Phrase rules longest first with their positions under their first word, and word rules by word
    with their lexicon order (built once per lexicon).

    Only rules whose first word occurs in a sentence are tried, so coding does not slow down as
    the lexicon grows; the lexicon's order still decides between rules that fit the same word.
    """
    cached = _RULE_INDEX.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    phrase_rules = sorted((r for r in lexicon.rules if r.phrase), key=lambda r: -len(r.phrase))
    phrases_by_first_word: dict[str, list[int]] = {}
    for position, rule in enumerate(phrase_rules):
        phrases_by_first_word.setdefault(rule.phrase[0], []).append(position)
    word_rules: dict[str, list[tuple[int, TriggerRule]]] = {}
    for order, rule in enumerate(lexicon.rules):
        for word in rule.lemmas or ():
            word_rules.setdefault(word, []).append((order, rule))
    index = (phrase_rules, phrases_by_first_word, word_rules)
    _RULE_INDEX[id(lexicon)] = (lexicon, index)
    return index
