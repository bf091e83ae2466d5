"""Parts of the event coder: finding the lexicon's triggers in a parsed sentence and folding them.

The lexicon is data (``data/events.yaml``, read by :mod:`eventwire.event_lexicon`); this module
knows how to find its words in a parsed sentence. The auxiliary flags (negated, future, hypothetical, historical) are
read in :mod:`eventwire.eventflags`; :mod:`eventwire.events` puts the parts together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.event_lexicon import NO_EVENT, Lexicon, TriggerRule, load_lexicon
from eventwire.event_requirements import REPORTED, demand_clause, has_cue, requirement_met
from eventwire.events_wording import (
    has_complement_in,
    has_object_in,
    names_a_venue,
    newsroom_idiom,
    reports_judgement,
)
from eventwire.tokens import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS
from eventwire.tokens import lemma as lemma

# "took part in talks", "engaged in fighting", "put on alert": a verb + these prepositions makes the verb's subject
# the noun's agent; other prepositions ("sanctions over the invasion") name a background event.
PARTICIPATION_PREPS = {"in", "into", "on"}
# "arrived in Kyiv for talks", "flew to Beijing for a summit": the traveller takes part in the meeting.
TRAVEL_FOR_VERBS = {"arrive", "travel", "fly", "head", "come", "go", "return", "visit"}
# Part-of-speech tags of a finite verb (past, present).
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# Entity labels of a time: a preposition introducing one is no part of a phrase trigger.
TIME_ENTITIES = {"DATE", "TIME"}


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
            ),
            None,
        )
        if match is None or (abs(match.i - anchor.i) > 6 and match.head.i != anchor.i):
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
    if rule.judgements and not reports_judgement(token, rule.judgements):
        return False
    return not rule.complements or has_complement_in(token, rule.complements)


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


def _apply_governor(trigger: Trigger) -> Trigger:
    """Let the verb governing a noun trigger re-type it ("lifted sanctions" is no sanction)."""
    governor = governor_of(trigger.head) if trigger.head.pos_ == "NOUN" else None
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
        for anchor in by_word.get(rule.phrase[0], ()):
            if anchor.i in used:
                continue
            tokens = _phrase_match(rule, anchor, sent)
            if tokens and not used & {token.i for token in tokens}:
                used.update(token.i for token in tokens)
                triggers.append(
                    _apply_governor(Trigger(rule, tokens, _phrase_head(tokens), rule.type, rule.mode))
                )
    for token in tokens_in_order:
        if token.i in used:
            continue
        candidates = dict([*word_rules.get(lemma(token), ()), *word_rules.get(token.lower_, ())])
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
    return sorted((t for t in triggers if t.type != NO_EVENT), key=lambda trigger: trigger.head.i)


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


# Subordinators of an adverbial clause that tells another happening ("after X dropped his veto", "when
# troops withdrew"), not what a speech act says; "once"/"until"/"if" clauses state its conditions.
OCCASION_MARKS = {"after", "before", "when", "while", "since", "because", "following"}


def _accompanying_speech(trigger: Trigger, owner: Trigger, speech_verbs: frozenset[str]) -> bool:
    """A participle clause of the owner that says something of its own ("ordered the closure on
    Thursday, accusing Haiti of breaching the treaty and demanding that work stop"): an act that
    goes with the owner's, not what it orders or says."""
    head = trigger.head
    clause = head if head.pos_ == "VERB" else None
    return (
        clause is not None
        and clause.tag_ == "VBG"
        and clause.dep_ in {"advcl", "conj"}
        and (clause.head.i == owner.head.i or (clause.dep_ == "conj" and clause.head.head.i == owner.head.i))
        and trigger.type != owner.type
        and owner.type != "PROTEST"  # "marched ..., demanding the minister's resignation": its topic
        and lemma(owner.head) not in speech_verbs
    )


def _in_adverbial_clause(token: Token, owner: Token) -> bool:
    """Whether ``token`` sits in a temporal or causal clause or phrase of ``owner``'s ("after X
    dropped his veto", "after violent protests"), below it, up to it."""
    step = token
    while step.i != owner.i and step.head.i != step.i:
        if step.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in OCCASION_MARKS for c in step.children
        ):
            return True
        if step.dep_ == "prep" and step.lower_ in OCCASION_MARKS and step.head.i == owner.i:
            return True
        step = step.head
    return False


def misattached_finite_conjunct(token: Token) -> bool:
    """A finite verb the parser coordinated with a bare one ("would not tolerate X and urged Y", "to
    show restraint and offered talks"): a past tense cannot share "would" or "to", so it is a clause
    of its own; or one it coordinated with what a speaker says (``speaker_conjunct_head``)."""
    if token.dep_ != "conj":
        return False
    return (token.tag_ in FINITE_TAGS and token.head.tag_ == "VB") or speaker_conjunct_head(token) is not None


# What the small parser coordinates with a reported clause when it belongs to the speaker: a simple
# past cannot share the clause's "had" ("said X had failed to consult ... and called on Y") nor be
# part of its copula ("said the attacks were outrageous and called on the army").
PERFECT_AUXILIARIES = frozenset({"had", "has", "have"})


def speaker_conjunct_head(token: Token) -> Token | None:
    """The verb of saying a misattached simple past belongs to, or None."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VBD" or head.dep_ not in {"ccomp", "parataxis"}:
        return None
    if any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children):
        return None
    if lemma(head.head) not in load_lexicon().speech_verbs or head.head.pos_ != "VERB":
        return None
    perfect = any(child.dep_ == "aux" and child.lower_ in PERFECT_AUXILIARIES for child in head.children)
    return head.head if perfect or lemma(head) == "be" else None


def _is_ancestor(ancestor: Token, token: Token) -> bool:
    return ancestor.i != token.i and ancestor in token.ancestors


def _coordinated_with(trigger: Trigger, owner: Trigger, speech_verbs: frozenset[str]) -> bool:
    """A verb coordinated with the speech act itself ("praised X and invited Y"), or what a second
    verb of saying coordinated with it reports ("called the move hostile and said Moscow would
    respond"): an act of its own, not the speech act's content (a verb coordinated inside the
    content, "refused to let planes land and evacuate", stays content)."""
    step = trigger.head
    if _in_adverbial_clause(trigger.head, owner.head):
        return True  # "agreed the package after Orban dropped his objections": a happening of its own
    if misattached_finite_conjunct(step):
        return True  # "called on X to show restraint and offered talks": "offered" is no part of "to show"
    if _accompanying_speech(trigger, owner, speech_verbs):
        return True
    clause = next((t for t in (step, *step.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    if clause is not None and clause.dep_ == "conj" and clause.head.pos_ in {"ADJ", "NOUN"}:
        return True  # "called the moves provocative and put the army on alert": "put" hung on "provocative"
    while step.head.i != step.i and step.head.i != owner.head.i:
        step = step.head
    if step.head.i != owner.head.i or step.dep_ != "conj" or step.pos_ != "VERB":
        return False
    return step is trigger.head or lemma(step) in speech_verbs or _governed_by(trigger.head, step)


def _governed_by(noun: Token, verb: Token) -> bool:
    """A noun trigger whose own clause is the verb ("... and put the force on high alert"): no other
    verb stands between them."""
    return noun.pos_ == "NOUN" and all(
        token.pos_ not in {"VERB", "AUX"}
        for token in noun.ancestors
        if token.i != verb.i and verb in token.ancestors
    )


def conjunct_with_own_subject(trigger: Trigger) -> bool:
    """ "Hamas handed over 13 hostages, and Israel released 39 prisoners": a coordinated clause with
    a subject of its own reports another act, even of the same type."""
    head = trigger.head
    return (
        head.dep_ == "conj"
        and head.pos_ == "VERB"
        and any(child.dep_ in {"nsubj", "nsubjpass"} for child in head.children)
    )


def _anchor(trigger: Trigger) -> Token:
    """Where a trigger's content hangs: a reported "must" is an auxiliary of the verb it demands
    ("said he must resign"), so its content is that verb and what hangs from it."""
    return demand_clause(trigger.head) if trigger.rule.requires in REPORTED else trigger.head


def _fold_order(trigger: Trigger) -> tuple[int, int, int]:
    """Shallowest first, so that a governing trigger is kept before its content; a reported modal
    just before the verb it governs."""
    anchor = _anchor(trigger)
    return (len(list(anchor.ancestors)), anchor.i, 0 if anchor.i != trigger.head.i else 1)


def fold_triggers(triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Fold triggers that are part of another: the content of a speech act, or a repeat of the same type.

    "X threatened to impose sanctions" is one THREATEN whose content is a SANCTION; "fighting
    killed ten" is one ASSAULT. Folded triggers are kept on the survivor as ``absorbed``.
    """
    kept: list[Trigger] = []
    for trigger in sorted(triggers, key=_fold_order):
        owner = next(
            (
                other
                for other in reversed(kept)  # the nearest governing trigger first
                if (_anchor(other).i == trigger.head.i or _is_ancestor(_anchor(other), trigger.head))
                and (
                    (other.type == trigger.type and not conjunct_with_own_subject(trigger))
                    or (
                        other.type in lexicon.speech_acts
                        and not _coordinated_with(trigger, other, lexicon.speech_verbs)
                    )
                )
            ),
            None,
        )
        if owner is None:
            kept.append(trigger)
        else:
            owner.absorbed.append(trigger)
    return sorted(kept, key=lambda trigger: trigger.head.i)
