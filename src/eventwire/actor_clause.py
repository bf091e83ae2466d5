"""Is a country or capital word an actor or a place? Dependency tests on its clause.

"Minsk said" and "sanctions against Minsk" name Belarus's government; "talks in Minsk" name a
place. These tests read the word's dependency label and its governor.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actor_tables import role_words, roles
from eventwire.coref import SUBJECT_DEPS, Seen
from eventwire.records import Actor
from eventwire.token_view import Words

ACTOR_DEPS = SUBJECT_DEPS | {"poss", "agent"}


def effective(token: Token) -> Token:
    """Climb conjunctions and appositions: "Moscow and Minsk agreed" puts Minsk where Moscow is."""
    while token.dep_ in {"conj", "appos"} and token.head is not token:
        token = token.head
    return token


def seen_at(
    actor: Actor, span: Span, sentence: int, together: int | None = None, listed: int | None = None
) -> Seen:
    """What coreference keeps of a mention: its head, clause role, and the plural party and the
    sides it was named with; ``together`` gives the mentions of one phrase naming several parties
    ("they", "both sides") a plural party and sides of their own."""
    head = span.root
    # "President Boluarte's office said she ...": a person who owns the subject speaks through it
    speaks_through = actor.kind == "person" and head.dep_ == "poss" and head.head.dep_ in SUBJECT_DEPS
    seen = Seen(actor, head.i, sentence, head.dep_ in SUBJECT_DEPS or speaks_through, head.head.i)
    seen.main = seen.subject and head.head.dep_ == "ROOT"
    seen.coordination = coordinated_subject(span) if together is None else together
    seen.sides = named_sides(span) if together is None else together
    seen.listed = listed_with(span) if together is None else together
    if listed is not None:  # one list of countries: plural for "they", a list for "the three"
        seen.coordination = seen.listed = listed
    return seen


def listed_with(span: Span) -> int:
    """Index of the first conjunct when the mention is one of a list in any position ("urged Mali,
    Chad and Niger"), else -1."""
    first, coordinated = _coordination(span)
    return first.i if coordinated else -1


def coordinated_subject(span: Span) -> int:
    """Index of the first conjunct when the mention ``span`` is part of a coordinated subject
    ("Russia and China vetoed it": both give Russia's index), else -1 (no coordination, or not a
    subject)."""
    first, coordinated = _coordination(span)
    return first.i if coordinated and first.dep_ in SUBJECT_DEPS else -1


def _coordination(span: Span) -> tuple[Token, bool]:
    """The first conjunct of the coordination the mention is in (else its head), and whether it
    is in one. The small parser sometimes hangs a conjunct on a modifier and the name on that as
    an apposition ("X and the paramilitary Y": "paramilitary" conj, "Y" appos of X), so a word of
    the span linking out by ``conj``, or an apposition after "and", counts as a conjunct."""
    root = span.root
    link = next(
        (word for word in span if word.dep_ == "conj" and not span.start <= word.head.i < span.end), None
    )
    if link is None and root.dep_ == "appos" and _cc_between(root.head, span.start):
        return effective_conjunct(root.head), True
    anchor = link or root
    first = effective_conjunct(anchor)
    return first, first is not anchor or any(child.dep_ == "conj" for child in anchor.children)


def _cc_between(head: Token, stop: int) -> bool:
    """Whether ``head`` has a coordinating conjunction after it and before token ``stop``."""
    return any(child.dep_ == "cc" and head.i < child.i < stop for child in head.children)


def named_sides(span: Span) -> int:
    """An id shared by the parties named together as two sides with the mention ``span``, else -1:
    the first conjunct of a coordinated subject ("X and Y agreed"), "between" ("talks between X and
    Y"), or the clause's subject for the object of a facing preposition ("X met with Y": X's index)."""
    tables = roles()
    first, coordinated = _coordination(span)
    if coordinated and first.dep_ in SUBJECT_DEPS:
        return first.i
    if first.dep_ != "pobj":
        return -1
    preposition = first.head
    if coordinated and preposition.lower_ in tables.pair_between:
        return preposition.i
    if preposition.lower_ in tables.pair_facing and not _neighbour_of_place(preposition):
        subject = _clause_subject(preposition.head)
        return subject.i if subject is not None else -1
    return -1


def _neighbour_of_place(preposition: Token) -> bool:
    """ "the border with Belarus": the preposition hangs from a place noun (roles.yaml
    ``pair_references.facing_place_heads``); its object is a neighbour, no side of the clause."""
    heads = role_words("facing_place_heads")
    before = preposition.nbor(-1) if preposition.i > 0 else preposition
    return preposition.head.lower_ in heads or before.lower_ in heads  # the parser may hang it on the verb


def effective_conjunct(token: Token) -> Token:
    """The first conjunct of the coordination ``token`` is in ("Y" in "X and Y" -> X)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _clause_subject(word: Token) -> Token | None:
    """The subject of the verb ``word`` is, or governs as its object ("held talks with": "talks")."""
    for _ in range(2):
        subject = next((child for child in word.children if child.dep_ in SUBJECT_DEPS), None)
        if subject is not None or word.pos_ in {"VERB", "AUX"}:
            return subject
        if word.dep_ not in {"dobj", "attr"}:
            return None
        word = word.head
    return None


def is_place(token: Token) -> bool:
    """Object of a locative preposition ("in Minsk", "the meeting in Moscow")."""
    token = effective(token)
    return token.dep_ == "pobj" and token.head.lower_ in roles().locative_prepositions


def capital_acts(token: Token) -> bool:
    """A capital stands for its government only as subject/agent/possessor, or as object of acting."""
    token = effective(token)
    if token.dep_ in ACTOR_DEPS:
        return True
    if token.dep_ == "pobj":
        preposition = token.head
        if preposition.lower_ == "to" and preposition.head.lower_ == "according":
            return True  # "according to Kyiv": a source, hence an actor
        if preposition.lower_ in {"on", "upon"} and preposition.head.lemma_ in roles().actor_on_heads:
            return True  # "called on Caracas", "sanctions on Minsk": acted on, not a place
        return preposition.lower_ in roles().actor_prepositions or preposition.dep_ == "agent"
    if token.dep_ == "dative":
        return True  # "paid Chisinau 30 million euros", "gave Kyiv more air defences": a receiver
    if token.dep_ == "dobj" and controls_infinitive(token):
        return True  # "prompting Ouagadougou to summon the ambassador": the doer of the summons
    return token.dep_ == "dobj" and token.head.lemma_ in roles().actor_object_verbs


def controls_infinitive(token: Token) -> bool:
    """The object of a verb that makes it do what a to-infinitive after it names ("forced Kyiv to
    evacuate", "prompting Ouagadougou to summon", "led Moscow to expel"; roles.yaml
    ``object_control_verbs``): the one who does the infinitive's act. Not after other verbs, where the
    infinitive is the subject's purpose ("visited Bamako to sign the accord")."""
    return token.head.lemma_ in role_words("object_control_verbs") and any(
        child.i > token.i
        and child.dep_ in INFINITIVE_DEPS
        and child.pos_ == "VERB"
        and any(word.dep_ == "aux" and word.lower_ == "to" for word in child.children)
        for child in token.head.children
    )


# How the parser hangs "to summon" on "prompting" in "prompting Ouagadougou to summon".
INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})


def headline_source(doc: Words, i: int, j: int) -> bool:
    """ "Sanctions will not break us: Minsk": the words after a headline's last colon are its source."""
    if i == 0 or doc[i - 1].text != ":":
        return False
    rest = doc[j : doc[i].sent.end]
    return all(token.is_space or (token.is_punct and token.text not in {".", "?", "!"}) for token in rest)


def authored_by_state(token: Token) -> bool:
    """A demonym modifying what a state puts forward ("an Indian proposal"; roles.yaml ``authored_nouns``)."""
    token = effective(token)
    return token.dep_ in {"amod", "compound"} and token.head.lemma_.lower() in role_words("authored_nouns")
