"""Type and mode decisions once a sentence's triggers are folded: the mode from the rule, the content
or a cue word; and the codebook's recodings by tense ("will send aid": AGREE), negation ("will not
accept": REJECT), promised harm ("vowed revenge": THREATEN) and content ("called for a strike":
PROTEST). Each recoding is written into the trigger's ``recoded`` label, which the evidence shows."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.event_clauses import purpose_clauses
from eventwire.event_lexicon import Lexicon, events_config
from eventwire.event_requirements import names_party
from eventwire.eventparts import Trigger, governor_of, lemma
from eventwire.records import Actor
from eventwire.tokens import passes_through
from eventwire.trigger_folding import agentless_passive


def choose_mode(trigger: Trigger, sent: Span, lexicon: Lexicon) -> str | None:
    """The rule's mode; else the mode implied by a speech act's content; else the nearest cue word."""
    if trigger.mode:
        return trigger.mode
    table = lexicon.content_modes.get(trigger.type, {})
    for content in trigger.absorbed:
        mode = table.get(f"{content.type}:{content.mode}") or table.get(content.type)
        if mode:
            return mode
    cues = lexicon.mode_cues.get(trigger.type, {})
    hits = [(abs(token.i - trigger.head.i), cues[lemma(token)]) for token in sent if lemma(token) in cues]
    return min(hits)[1] if hits else None


def recode_future(trigger: Trigger, future: bool, lexicon: Lexicon) -> bool:
    """Codebook: future cooperation is AGREE, a future retreat CONCEDE, an act announced on a
    condition a threat (:func:`recode_conditional_threat`). Returns the remaining future flag."""
    if trigger.rule.requires == "generic-fate":
        return False  # "whoever attacks us will pay": the warning is given now, the fate is to come
    if (future or _has_modal(_clause_verb(trigger))) and recode_conditional_threat(trigger, lexicon):
        return False  # the ultimatum is made now; what it announces is in its mode
    target = lexicon.future_recode.get(trigger.type)
    if not future or target is None or trigger.mode in _announced_measures():
        return future
    trigger.recoded = f"{trigger.type}+future->{target}"
    trigger.type, trigger.mode = target, None
    return False


@lru_cache(maxsize=1)
def _announced_measures() -> frozenset[str]:
    """Modes of a measure that, announced, is itself (events.yaml ``future_measures``)."""
    return frozenset(events_config().get("future_measures", []))


# Modals of an act that may come ("may halt its mediation if ...").
CONDITIONAL_MODALS = {"will", "would", "may", "might", "could", "shall", "'ll"}


def _has_modal(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ in CONDITIONAL_MODALS for child in verb.children)


def _clause_verb(trigger: Trigger) -> Token:
    """The verb whose clause a trigger's act is told in: a noun trigger's governor ("could reimpose
    sanctions if ..."), else the trigger itself."""
    if trigger.head.pos_ == "NOUN":
        return governor_of(trigger.head) or trigger.head
    return trigger.head


@lru_cache(maxsize=1)
def conditional_threat_rules() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(condition marks, act types) pairs of events.yaml ``conditional_threat``."""
    rules = events_config().get("conditional_threat", [])
    return tuple((frozenset(rule["marks"]), frozenset(rule["types"])) for rule in rules)


def condition_marks(verb: Token) -> set[str]:
    """Subordinators of the adverbial clauses of a verb's clause ("will withdraw unless ..."), climbing
    from an infinitive to the verb it completes ("plans to impose X unless ...")."""
    marks: set[str] = set()
    step = verb
    while True:
        for clause in (child for child in step.children if child.dep_ == "advcl"):
            marks |= {child.lower_ for child in clause.children if child.dep_ == "mark"}
        if step.dep_ not in {"xcomp", "conj"} or step.head.i == step.i:
            return marks
        step = step.head


def recode_conditional_threat(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Codebook THREATEN: a future act announced on a condition ("will boycott the vote unless ...") is
    an ultimatum (events.yaml ``conditional_threat``). Called for future acts only."""
    marks = condition_marks(_clause_verb(trigger))
    if not any(
        trigger.type in types and marks & rule_marks for rule_marks, types in conditional_threat_rules()
    ):
        return False
    table = lexicon.content_modes.get("THREATEN", {})
    mode = table.get(f"{trigger.type}:{trigger.mode}") or table.get(trigger.type)
    step = f"{trigger.type}+condition->THREATEN"
    trigger.recoded = f"{trigger.recoded}, {step}" if trigger.recoded else step
    trigger.type, trigger.mode = "THREATEN", mode
    return True


def recode_promised_harm(trigger: Trigger, lexicon: Lexicon) -> None:
    """Codebook THREATEN: "vowed revenge", "pledged to strike back" promise harm, not cooperation.
    Harm is what is promised: a verb of harm, or a retaliation noun; "promised aid in the war" is aid."""
    rule = lexicon.promised_harm
    if trigger.type != "AGREE" or lemma(trigger.head) not in rule.get("verbs", ()):
        return
    harms = [
        content
        for content in trigger.absorbed
        if content.type in rule.get("contents", ()) and _promised_act(content, trigger.head)
    ]
    cooperative = [
        content
        for content in trigger.absorbed
        if content.type in rule.get("unless", ()) and not _in_relative_clause(content.head, trigger.head)
    ]
    if harms and not cooperative:
        trigger.recoded = "AGREE+harm->THREATEN"
        trigger.type, trigger.mode = "THREATEN", None


def _promised_act(content: Trigger, promise: Token) -> bool:
    """What is promised is an act: a threat, a verb ("vowed to strike"), or a noun another verb of the
    promise acts on ("prepared to impose martial law"); "promised aid in the war" names a situation,
    and "willing to help if it is attacked" promises help on a condition."""
    if _in_condition(content.head, promise):
        return False
    if content.type == "THREATEN" or content.head.pos_ == "VERB":
        return True
    governor = content.head.head
    return content.head.dep_ == "dobj" and governor.pos_ == "VERB" and governor.i != promise.i


def _in_relative_clause(token: Token, owner: Token) -> bool:
    """Whether ``token`` sits in a relative clause below ``owner`` ("vowed to crush the rebels and
    anyone who shelters them": the sheltering describes whom, it is not what is promised)."""
    return passes_through(token, owner, lambda step: step.dep_ == "relcl")


def _in_condition(token: Token, owner: Token) -> bool:
    """Whether ``token`` sits in an adverbial clause of ``owner``'s ("... if it is attacked", "when
    talks fail"): a condition or an occasion, not what is promised."""
    return passes_through(token, owner, _marked_adverbial)


def _marked_adverbial(step: Token) -> bool:
    return step.dep_ == "advcl" and any(child.dep_ == "mark" for child in step.children)


def recode_negated(trigger: Trigger, original_type: str, negated: bool, sent: Span, lexicon: Lexicon) -> bool:
    """Codebook REJECT: a negated intention to cooperate ("will not accept", "failed to reach a deal")
    is a rejection. Returns the remaining negation flag."""
    target = lexicon.negated_recode.get(trigger.type)
    if not negated or target is None or agentless_passive(trigger.head):
        return negated  # "Russia was not invited": nobody refused anything, nothing happened
    step = f"{trigger.type}+negated->{target}"
    trigger.recoded = f"{trigger.recoded}, {step}" if trigger.recoded else step
    trigger.type, trigger.mode = target, None
    trigger.mode = choose_mode(trigger, sent, lexicon) or lexicon.content_modes.get(target, {}).get(
        original_type
    )
    return False


def recode_by_content(trigger: Trigger, lexicon: Lexicon, actual: bool = True) -> None:
    """A speech act recoded by what it asks for (events.yaml ``content_recode``): calling supporters
    to demonstrate or strike is itself a protest; a government ordering its forces to act acts (only
    when the order was given: "would order a ceasefire once ..." is an offer)."""
    for rule in lexicon.content_recode:
        if trigger.type != rule["speech"] or ("verbs" in rule and lemma(trigger.head) not in rule["verbs"]):
            continue
        if rule.get("actual_only") and not actual:
            continue
        content = next((part for part in trigger.absorbed if _recodes(part, trigger.head, rule)), None)
        if content is not None:
            target = content.type if rule["type"] == "content" else rule["type"]
            step = f"{trigger.type}+{content.type}->{target}"
            trigger.recoded = f"{trigger.recoded}, {step}" if trigger.recoded else step
            trigger.type, trigger.mode = target, content.mode if target == content.type else None
            return


# How what a speech act asks for hangs on it: "called for [a strike]", "urged them to [rally]",
# "called on them to stage [a strike]" ("to respect the right to protest" asks for no protest).
DIRECT_CONTENT_DEPS = {"dobj", "pobj", "prep", "xcomp", "ccomp"}


def _asked_for(content: Token, verb: Token) -> bool:
    step, hops = content, 0
    while step.i != verb.i and hops < 3:
        if step.dep_ not in DIRECT_CONTENT_DEPS:
            return False
        step, hops = step.head, hops + 1
    return step.i == verb.i


def _recodes(content: Trigger, verb: Token, rule: dict) -> bool:
    """The content is of a type (or "TYPE:mode") the rule recodes and is what the verb asks for; for ``own_forces``
    rules, it is what the verb orders ("ordered patrols") or the verb's object is the actor's own
    forces ("ordered troops to withdraw")."""
    kinds = rule["contents"]
    if not (content.type in kinds or f"{content.type}:{content.mode}" in kinds):
        return False
    if f"{content.type}:{content.mode}" in rule.get("except", ()):
        return False
    if not _asked_for(content.head, verb):
        return False
    if "own_forces" not in rule:
        return True
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    return any(obj.i == content.head.i or lemma(obj) in rule["own_forces"] for obj in objects)


@lru_cache(maxsize=1)
def _support_purposes() -> dict[str, frozenset[str]]:
    rules = events_config().get("forces_in_support", {})
    return {"types": frozenset(rules.get("types", [])), "verbs": frozenset(rules.get("purposes", []))}


def recode_forces_in_support(trigger: Trigger) -> None:
    """Fixture convention after the codebook's AID (military assistance): forces sent to shore up an
    ally ("flew special forces into Juba to shore up Kiir", "sent troops to prop up the government")
    are aid, not a show of force (events.yaml ``forces_in_support``)."""
    rules = _support_purposes()
    if trigger.type not in rules["types"]:
        return
    verb = trigger.head if trigger.head.pos_ == "VERB" else trigger.head.head
    purposes = purpose_clauses(verb)
    if any(lemma(clause) in rules["verbs"] and _names_an_ally(clause) for clause in purposes):
        trigger.recoded = f"{trigger.type}+support->AID"
        trigger.type, trigger.mode = "AID", "military"


def undo_support_at_home(trigger: Trigger, actor: list[Actor], recipient: list[Actor]) -> None:
    """Forces sent to support their own country's bodies ("to support the Chilean police") stay a
    show of force: aid goes to another side. A rule with an ``at_home`` type takes it when aimed at
    home ("Ecuador listed its gangs as terrorist organisations" is no sanction on anyone abroad)."""
    own = {a.country for a in actor if a.country}
    abroad = any(a.country and a.country not in own for a in recipient)
    if abroad:
        return
    if (trigger.recoded or "").endswith("+support->AID"):
        trigger.type, trigger.mode, trigger.recoded = trigger.rule.type, trigger.rule.mode, None
    elif trigger.rule.at_home and trigger.type == trigger.rule.type:
        trigger.type, trigger.mode = trigger.rule.at_home


def _names_an_ally(clause: Token) -> bool:
    """The purpose names whom it helps ("to shore up President Kiir", "to prop up Kiir's government"),
    not a thing or a home force ("to secure the border", "to support the police")."""
    return any(child.dep_ == "dobj" and names_party(child) for child in clause.children)


# What a curb is aimed at, read on the verb and its phrases but not in its subject or in other
# clauses ("barred the subsidiary from exporting", "banned firms from doing business with them").
_CURB_SKIPPED_DEPS = frozenset({"nsubj", "nsubjpass", "advcl", "relcl", "ccomp", "parataxis", "conj", "cc"})


def recode_exchange_curbs(trigger: Trigger) -> None:
    """A restriction on commercial exchanges is SANCTION 'discontinue', not COERCE (codebook
    SANCTION: "curtail ... diplomatic, commercial, or material exchanges"): "barred the firm's
    subsidiary from exporting", "barred firms from doing business with them", "cutting the banks off
    from the U.S. financial system". The modes and the words are ``exchange_curbs`` in
    ``data/events.yaml``."""
    modes, words = _exchange_curbs()
    if trigger.type != "COERCE" or trigger.mode not in modes:
        return
    if not any(lemma(token) in words for token in _curbed(trigger.head)):
        return
    step = "COERCE+exchange->SANCTION"
    trigger.recoded = f"{trigger.recoded}, {step}" if trigger.recoded else step
    trigger.type, trigger.mode = "SANCTION", "discontinue"


@lru_cache(maxsize=1)
def _exchange_curbs() -> tuple[frozenset[str], frozenset[str]]:
    data = events_config().get("exchange_curbs", {})
    return frozenset(data.get("modes", [])), frozenset(data.get("words", []))


def _curbed(head: Token) -> list[Token]:
    """The words of what a verb or noun of restriction bears on."""
    found = []
    for child in head.children:
        if child.dep_ not in _CURB_SKIPPED_DEPS:
            found += list(child.subtree)
    return found
