"""Who did it to whom: the actor and recipient of a trigger, from the dependency parse.

Arguments are found in the parse (subject, "by" agent, object, prepositions, coordination,
appositions, a noun's possessor or demonym) and mapped to actors through the actor stage's
mentions: a mention whose span covers the argument's head word (or one of its modifiers).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actor_builder import sector_actor
from eventwire.actor_tables import role_words
from eventwire.event_content import (
    complement_recipient,
    complement_subject,
    ordered_trade_partner,
    that_of_complement,
)
from eventwire.event_lexicon import Lexicon, events_config
from eventwire.event_places import is_instrument, role_preposition_recipient, visited_place
from eventwire.event_requirements import REPORTED
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import (
    BENEFIT_TYPES,
    CONDITION_ADDRESSEE_TYPES,
    CONSEQUENCE_TYPES,
    INSTRUMENT_OWNER_PREPS,
    OWNER_PREPS,
    Dyad,
    children_by_prep,
    object_tokens,
    phrase_head,
    predicate_of,
    speaker_of,
    stray_agents,
    subject_of,
    talks_about_object,
    unique,
)
from eventwire.events_counterpart import load_counterpart_rules
from eventwire.events_fold import verbal_types
from eventwire.events_mentions import MentionIndex
from eventwire.events_nouns import (
    condition_addressee,
    consequence_recipient,
    flag_state_recipient,
    moved_destination,
    noun_arguments,
    object_owner_recipient,
    prepositional_arguments,
    protest_cry_recipient,
    purpose_recipient,
    served_act_destination,
)
from eventwire.events_parties import recalled_envoys
from eventwire.events_reported import own_state, reported_demand
from eventwire.records import Actor

# ---------------------------------------------------------------- dyads


# Rules whose passive subject is what the act moves, not whom it is done to ("troops were deployed").
INSTRUMENT_SUBJECT_REQUIREMENTS = frozenset({"forces-passive"})
# Rules of an embargo given as an order, whose target is named inside the ordered clause.
ORDERED_TRADE_REQUIREMENTS = frozenset({"ordered-halt"})


def find_dyad(
    trigger: Trigger, sent: Span, index: MentionIndex, lexicon: Lexicon, places: MentionIndex | None = None
) -> Dyad:
    """Actor and recipient of one trigger from the dependency parse."""
    if trigger.rule.requires in REPORTED:
        return reported_demand(trigger, index, lexicon)
    nouns = event_nouns(lexicon)
    verb = predicate_of(trigger, nouns)
    dyad = Dyad()
    subject, passive = subject_of(verb)
    if subject is None and _reduced_passive(verb) and trigger.type not in lexicon.instrument_object_types:
        subject, passive = verb.head, True  # "two gendarmes, detained in September": done to them
    agents = [obj for prep, obj in children_by_prep(verb, {"by"})]
    # "sent troops to X": what a mobilisation or aid moves is no recipient ("expelled diplomats" is).
    own = {token.i for token in trigger.tokens} if trigger.type in lexicon.instrument_object_types else set()
    # "demanded that Budapest hand Romanowski over": what follows a "that" right after the verb is its
    # complement clause, whatever the small parser made of it ("Romanowski" as the verb's object)
    that = that_of_complement(verb)
    objects = [
        child
        for child in ([] if talks_about_object(trigger.type, verb) else object_tokens(verb))
        if lemma(child) not in lexicon.document_nouns
        and child.i not in own
        and not is_instrument(trigger, child, lexicon)
        and not (that is not None and child.i > that.i)
    ]
    if passive and trigger.rule.requires in INSTRUMENT_SUBJECT_REQUIREMENTS:
        # "Marines were sent to X", "jets were scrambled": the forces moved are their owner's act
        dyad.actor = unique(a for agent in agents for a in index.of_group(agent))
        dyad.actor = dyad.actor or (index.of_group(subject) if subject is not None else [])
    elif passive:
        dyad.actor = unique(a for agent in agents for a in index.of_group(agent))
        if not agents:
            dyad.actor = unique(a for agent in stray_agents(verb) for a in index.of_group(agent))
        dyad.recipient = index.of_group(subject) if subject is not None else []
    else:
        dyad.actor = index.of_group(subject) if subject is not None else []
        via = INSTRUMENT_OWNER_PREPS if own else OWNER_PREPS
        dyad.recipient = unique(a for obj in objects for a in index.of_group(obj, via))
    noun = phrase_head(trigger.head, nouns) if trigger.head.pos_ == "NOUN" else _gerund_subject(trigger)
    judged = noun is not None and _judged_object(noun, verb, trigger)
    if judged:
        dyad.actor = []  # "Biden called the releases a start": the releases are not Biden's
    if dyad.actor:
        dyad.actor_how = "parse"
    if noun is not None:
        doer = bool(dyad.actor) and noun.dep_ == "dobj" and noun.head == verb and not _reacts(verb, lexicon)
        # relative clauses that carry the noun's act out: "a deal that X accepted", "sanctions the EU imposed"
        doing = [part.head.i for part in trigger.absorbed if part.type == trigger.type]
        doing += [
            clause.i for clause in noun.children if clause.dep_ == "relcl" and not _reacts(clause, lexicon)
        ]
        subject_side = list(dyad.actor)
        noun_arguments(noun, dyad, index, doer_verb=doer, same_act=frozenset(doing))
        if _refused_meeting(trigger) and subject_side and dyad.actor != subject_side:
            # "Georgia would not open EU accession talks": the parties named on a meeting that is
            # refused are whom it is refused to; the refuser is the clause's subject
            dyad.recipient = [actor for actor in dyad.actor if actor not in subject_side]
            dyad.actor, dyad.actor_how = subject_side, "parse"
    prepositional_arguments(trigger, verb, noun, dyad, index)
    if not dyad.recipient and trigger.type in lexicon.instrument_object_types:
        moved_destination(verb, dyad, index)
    flag_state_recipient(verb, dyad)
    if not dyad.recipient and trigger.type in lexicon.owner_recipient_types:
        object_owner_recipient(verb, dyad, index, trigger.type in lexicon.compound_owner_types)
    if trigger.type in CONDITION_ADDRESSEE_TYPES:
        condition_addressee(verb, dyad, index)
    among_themselves = _among_themselves(trigger, dyad)
    if not among_themselves:
        _content_recipient(trigger, dyad, sent, index, lexicon)
    if not dyad.recipient and trigger.rule.requires in ORDERED_TRADE_REQUIREMENTS:
        ordered_trade_partner(trigger, dyad, index)
    if not dyad.recipient and trigger.type == "PROTEST":
        protest_cry_recipient(verb, dyad, index)  # before "in Seoul": where is not whom
    role_preposition_recipient(trigger, verb, dyad, index, lexicon, places or MentionIndex([], []))
    if not dyad.recipient and trigger.type in BENEFIT_TYPES and not among_themselves:
        _beneficiary_recipient(trigger, dyad, index, lexicon)
    if not dyad.recipient and trigger.type != "CONSULT" and not among_themselves:
        purpose_recipient(verb, dyad, index, lexicon)
    if trigger.type != "CONSULT":
        served_act_destination(verb, dyad, index)
    if trigger.type in CONSEQUENCE_TYPES:
        consequence_recipient(verb, dyad, index)
    if trigger.type == "CONSULT" and trigger.mode == "visit" and not dyad.recipient and places is not None:
        visited_place(trigger, verb, dyad, places)
    if not dyad.actor and not judged and not _unknown_perpetrator(trigger, passive, agents, subject):
        _actor_fallback(trigger, verb, dyad, sent, index, lexicon)
    if trigger.type == "THREATEN" and not dyad.recipient:
        _threatened_at_home(trigger, dyad)
    addressed = _addressees(trigger, verb, index)
    dyad.recipient = _other_side_first(
        [
            actor
            for actor in dyad.recipient
            if actor not in dyad.actor and (actor in addressed or not own_state(actor, dyad.actor))
        ],
        dyad.actor,
    )
    recalled_envoys(trigger, dyad)
    if trigger.type == "RETREAT" and any(a.country not in {None, "NGO", "IGO"} for a in dyad.recipient):
        # "handed the hostages over to the Red Cross": the go-between is not whom they are released to
        dyad.recipient = [a for a in dyad.recipient if a.country != "NGO"]
    return dyad


# Demands made to someone: whom the verb addresses is their recipient even when it is the actor's own
# state ("President Herzog urged the government to halt the bill": ISR -> ISR). (Not ACCUSE: "to
# smear Venezuela", said by Caracas, names the victim of the smear, not whom Caracas accuses.)
DEMAND_TYPES = frozenset({"REQUEST"})


def _addressees(trigger: Trigger, verb: Token, index: MentionIndex) -> list[Actor]:
    """The actors a demand's verb names as its object ("urged the government")."""
    if trigger.type not in DEMAND_TYPES or verb.pos_ != "VERB":
        return []
    return unique(
        a for child in verb.children if child.dep_ in {"dobj", "dative"} for a in index.of_group(child)
    )


def _reacts(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of saying or of reacting to what others did ("condemned protests in X": the protests are
    X's), as opposed to one that carries its object out ("enforced a curfew in X")."""
    return lemma(verb) in lexicon.speech_verbs or lemma(verb) in _word_sets(lexicon)[1]


def event_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The lemmas of every noun trigger."""
    return _word_sets(lexicon)[0]


_WORD_SETS: dict[int, tuple[Lexicon, tuple[frozenset[str], frozenset[str]]]] = {}


def _word_sets(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Noun trigger lemmas and verbs of speech-act or reaction triggers, computed once per lexicon
    (find_dyad asks for them for every trigger)."""
    cached = _WORD_SETS.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    nouns = frozenset(word for rule in lexicon.rules if "NOUN" in rule.pos for word in rule.lemmas)
    reacting = frozenset(
        word
        for rule in lexicon.rules
        if "VERB" in rule.pos and (rule.type in lexicon.content_recipient or rule.type in lexicon.speech_acts)
        for word in rule.lemmas
    )
    _WORD_SETS[id(lexicon)] = (lexicon, (nouns, reacting))
    return nouns, reacting


def _reduced_passive(verb: Token) -> bool:
    """A past participle that modifies a noun ("a plan agreed by customs authorities", "the gendarmes,
    detained in September"): the noun is what the act was done to, as a passive subject is. Only
    with a "by" agent or set off by a comma: the small parser also reads main verbs so ("CODECO
    fighters killed 51 people")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    set_off = verb.i > verb.head.i + 1 and verb.doc[verb.i - 1].text == ","
    return set_off or any(child.dep_ == "agent" for child in verb.children)


def _unknown_perpetrator(trigger: Trigger, passive: bool, agents: list[Token], subject: Token | None) -> bool:
    """A passive whose agent is named but is no political actor ("shot dead by unidentified gunmen"),
    an attack told in the passive with no agent ("three civilians were wounded, the army said"), or a
    subject said to be unknown ("unidentified gunmen shot dead two officials, police said"): whoever did
    it is unknown, not the speaker or the last actor named."""
    if passive:
        return bool(agents) or trigger.type == "ASSAULT"
    unknown = role_words("unknown_actor_modifiers")
    return subject is not None and any(token.lower_ in unknown for token in subject.lefts)


def _judged_object(noun: Token, verb: Token, trigger: Trigger) -> bool:
    """An event noun that another verb's subject calls something ("called the releases 'just a start'",
    "described the closure as a scam"): a judgement of someone else's act, which is not the judge's."""
    if noun.dep_ != "dobj" or noun.head.i != verb.i or verb.i in {token.i for token in trigger.tokens}:
        return False
    return any(
        child.i > noun.i
        and (child.dep_ in {"oprd", "attr"} or (child.dep_ == "prep" and child.lower_ == "as"))
        for child in verb.children
    )


def _other_side_first(recipients: list[Actor], actors: list[Actor]) -> list[Actor]:
    """Of recipients on both the actor's side and another, only the other's: "Germany will deliver
    systems to Ukraine, the German minister said" is not aid to Germany too. Recipients all of the
    actor's own country stay (domestic events: "police detained protesters")."""
    own = {actor.country for actor in actors if actor.country}
    foreign = [actor for actor in recipients if actor.country not in own]
    return foreign if foreign and len(foreign) < len(recipients) else recipients


def _among_themselves(trigger: Trigger, dyad: Dyad) -> bool:
    """ "Russia and the U.S. agreed to begin negotiations to end the war in Ukraine": what two or
    more countries agree on together is done with each other; the content names no recipient."""
    countries = {actor.country or actor.igo for actor in dyad.actor} - {None}
    if any("AID" in {part.type, part.rule.type} for part in _all_absorbed(trigger)):
        return False  # "France, Germany and the EU pledged 2 billion euros": aid goes to someone else
    return trigger.type in load_counterpart_rules().among_actors and len(countries) >= 2


def _all_absorbed(trigger: Trigger) -> list[Trigger]:
    return [part for inner in trigger.absorbed for part in (inner, *_all_absorbed(inner))]


def _gerund_subject(trigger: Trigger) -> Token | None:
    """ "Fighting between Thai and Cambodian troops broke out": an event verb used as a subject is
    read as the noun it stands for (its "between" names the parties)."""
    head = trigger.head
    return (
        head if head.pos_ == "VERB" and head.tag_ == "VBG" and head.dep_ in {"nsubj", "nsubjpass"} else None
    )


def _refused_meeting(trigger: Trigger) -> bool:
    """A meeting trigger recoded as a refusal ("would not hold talks")."""
    return trigger.rule.type == "CONSULT" and trigger.type == "REJECT"


def _content_recipient(
    trigger: Trigger, dyad: Dyad, sent: Span, index: MentionIndex, lexicon: Lexicon
) -> None:
    """A speech act without a recipient takes the actor or recipient of what it is about."""
    role = lexicon.content_recipient.get(trigger.type)
    if dyad.recipient or not role:
        return
    if trigger.type == "THREATEN" and _foretold_fate(trigger, dyad, index):
        return
    if role == "actor":
        # "demanded an apology from X", "an admission by X": whom the demanded act is expected of
        objects = [child for child in trigger.head.children if child.dep_ == "dobj"]
        for _, agent in [pair for obj in objects for pair in children_by_prep(obj, {"by", "from"})]:
            if dyad.take_recipient(index.of_group(agent)):
                return
        # "demanded that X match Y's support": the clause's subject, before the parties of its content
        complement_subject(trigger, dyad, index)
        if dyad.recipient:
            return
    for content in trigger.absorbed:
        inner = find_dyad(content, sent, index, lexicon)
        found = inner.actor if role == "actor" and inner.actor_how == "parse" else inner.recipient
        if dyad.take_recipient(found):
            return
    if role == "recipient":
        complement_recipient(trigger, dyad, index, lexicon)
    else:
        complement_subject(trigger, dyad, index)


def _foretold_fate(trigger: Trigger, dyad: Dyad, index: MentionIndex) -> bool:
    """ "vowed that Israel would be made to regret the strike", "warned that the rebels would pay": a
    threat is aimed at the other side whose fate its clause foretells (not the speaker's own side:
    "said Moscow would take measures")."""
    probe = Dyad(actor=list(dyad.actor))
    complement_subject(trigger, probe, index)
    own = {actor.country for actor in dyad.actor if actor.country}
    if not probe.recipient or {actor.country for actor in probe.recipient} & own:
        return False
    dyad.recipient = probe.recipient
    return True


# What a threat of force threatens: an arrest or an attack (the rule's type: "anyone who does would be
# arrested" is a threat recoded from an arrest).
THREATENED_FORCE = frozenset({"COERCE", "ASSAULT"})


def _threatened_at_home(trigger: Trigger, dyad: Dyad) -> None:
    """ "warned that anyone who disrupted the vote would be arrested", "vowed to crush the protesters":
    force threatened against unnamed people (``people_nouns`` and ``threatened_people`` of
    ``document_context``) by one country's actors is aimed at home, not at the story's other side."""
    countries = {actor.country for actor in dyad.actor if actor.country not in {None, "IGO", "NGO"}}
    if len(countries) != 1:
        return
    config = events_config().get("document_context", {})
    people = {*config.get("people_nouns", []), *config.get("threatened_people", [])}
    for part in (trigger, *trigger.absorbed):
        if part.rule.type not in THREATENED_FORCE and part.type not in THREATENED_FORCE:
            continue
        targets = [child for child in part.head.children if child.dep_ in {"dobj", "nsubjpass"}]
        if targets and all(lemma(target) in people for target in targets):
            dyad.recipient = [sector_actor(countries.pop(), "CVL")]
            return


def _beneficiary_recipient(trigger: Trigger, dyad: Dyad, index: MentionIndex, lexicon: Lexicon) -> None:
    """The subject of "need"/"require" in what is offered or given: "any support X may need".

    The relative clause often has no relative pronoun, and the small parser may then hang its verb
    outside the trigger's phrase, so a need-verb right after a noun of the trigger counts too."""
    nouns = [tok for part in (trigger, *trigger.absorbed) for tok in part.tokens if tok.pos_ == "NOUN"]
    near = [tok for noun in nouns for tok in noun.doc[noun.i + 1 : min(noun.i + 6, noun.sent.end)]]
    for verb in [*trigger.head.subtree, *near]:
        if lemma(verb) not in lexicon.beneficiary_verbs or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject, _ = subject_of(verb)
        if subject is None or subject.i > verb.i:
            continue
        if dyad.take_recipient(index.of_group(subject)):
            return


def _actor_fallback(
    trigger: Trigger, verb: Token, dyad: Dyad, sent: Span, index: MentionIndex, lexicon: Lexicon
) -> None:
    """No subject in the parse: the reporting speaker, else the nearest actor named before the trigger."""
    speaker = speaker_of(verb, lexicon)
    said = index.of_group(speaker) if speaker is not None else []
    if said and not _witness_of_a_deed(trigger, said):
        dyad.actor, dyad.actor_how = said, "speaker"
        return
    if (
        trigger.head.pos_ == "NOUN"
        and trigger.head.dep_ not in {"ROOT", "nsubj", "nsubjpass"}
        and verb is trigger.head
    ):
        return  # a background noun ("sanctions over the invasion") has no agent of its own
    before = [actor for _, actor in index.in_span(sent.start_char, trigger.head.idx)]
    before = [actor for actor in before if actor not in dyad.recipient and actor not in dyad.partners]
    if before:
        dyad.actor, dyad.actor_how = [before[-1]], "nearby"


def _witness_of_a_deed(trigger: Trigger, speakers: list[Actor]) -> bool:
    """A rights group, aid agency or charity that reports a deed ("RSF fighters ... attacked a hospital,
    Medecins Sans Frontieres said", "few detainees were among those freed, rights groups said") tells
    what someone else did: it is the doer only of what it says (a verbal act)."""
    return trigger.type not in verbal_types() and all(actor.country == "NGO" for actor in speakers)
