"""Later references to actors already seen: pronouns, descriptions ("the defense minister"), counterparts.

Deliberately simple and measurable: a pronoun in subject position goes to the most
recent compatible actor (a person for he/she, a group for they), preferring actors
that were themselves subjects, within a short window of sentences. A coordinated
subject ("the United States and 12 other Western countries said they ...") is plural
as a whole: "they" takes every actor of it. Descriptions go
to the most recent person whose role contains the description's words (and whose
country matches, when the description names one).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.actor_tables import _read, fold, roles
from eventwire.records import Actor
from eventwire.token_view import Word

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they"})
# "it" as a subject: a state or body that was itself a subject ("The bloc suspended them. It also
# threatened ..."); never a person or a collective.
BODY_PRONOUNS = frozenset({"it"})
WINDOW_SENTENCES = 3  # how far back a pronoun or description may reach
# "the two sides" names a story's main parties, who may have been named together well before.
SIDES_WINDOW_SENTENCES = 6


@dataclass(slots=True)
class Seen:
    """One resolved mention, as coreference needs it."""

    actor: Actor
    token: int  # index of the mention's head token
    sentence: int
    subject: bool
    governor: int = -1  # index of the head of the mention's head token (its verb, for arguments)
    coordination: int = -1  # first conjunct's index when the mention is part of a coordinated subject
    sides: int = -1  # shared by parties named together as sides: "X and Y agreed", "between X and Y"
    listed: int = -1  # first conjunct's index when the mention is one of a list in any position
    main: bool = False  # the subject of its sentence's main verb


def _recent(seen: list[Seen], sentence: int) -> list[Seen]:
    """Mentions within the window, most recent first."""
    return [item for item in reversed(seen) if sentence - item.sentence <= WINDOW_SENTENCES]


POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}


def resolve_possessors(seen: list[Seen], determiner: str, sentence: int) -> list[Actor]:
    """Whose "its" / "their" / "his" / "her" is ("Israel and Egypt said their troops ...", "the prime
    minister said his government ..."): the actors with a country that the matching subject pronoun
    would take."""
    pronoun = POSSESSIVE_PRONOUNS.get(determiner)
    if pronoun is None:
        return []
    return [actor for actor in resolve_pronoun_all(seen, pronoun, sentence) if actor.country]


def resolve_possessor(seen: list[Seen], determiner: str, sentence: int) -> Actor | None:
    """Whose body "its" / "their" names ("Russia's defence ministry said its air force ..."): the
    actor the matching subject pronoun would take, when all its antecedents share one country."""
    found = resolve_possessors(seen, determiner, sentence)
    return found[0] if found and len({actor.country for actor in found}) == 1 else None


def resolve_pronoun(seen: list[Seen], pronoun: str, sentence: int) -> Actor | None:
    """The actor a subject pronoun most likely refers to, or None."""
    found = resolve_pronoun_all(seen, pronoun, sentence)
    return found[0] if found else None


def resolve_pronoun_all(seen: list[Seen], pronoun: str, sentence: int) -> list[Actor]:
    """Every actor a subject pronoun refers to: one, or all conjuncts of a coordinated subject
    for "they" ("Russia and China vetoed it. They said ..."), in text order."""
    pronoun = pronoun.lower()
    recent = _recent(seen, sentence)
    if pronoun in PERSON_PRONOUNS:
        compatible = [item for item in recent if item.actor.kind == "person"]
    elif pronoun in GROUP_PRONOUNS:
        # plural antecedents first: a group ("the rebels ... they") or a coordinated subject ("X and
        # Y said ... they"); else any collective actor ("Israeli troops", "Moscow").
        compatible = [item for item in recent if item.actor.kind == "group" or item.coordination >= 0] or [
            item for item in recent if item.actor.kind != "person"
        ]
    elif pronoun in BODY_PRONOUNS:
        # a state only within its sentence ("Russia said it would"); across sentences "It also
        # called on ..." continues what a body did as its sentence's main subject
        compatible = [
            item
            for item in recent
            if item.subject
            and (item.sentence == sentence or item.main)
            and (
                item.actor.kind == "organisation"
                or (
                    item.actor.kind == "state" and (item.sentence == sentence or _just_before(item, sentence))
                )
            )
        ]
    else:
        return []
    subjects = [item for item in compatible if item.subject or item.coordination >= 0]
    best = subjects or compatible
    if not best:
        return []
    if pronoun in GROUP_PRONOUNS and best[0].coordination >= 0:
        return _conjuncts(seen, best[0])
    return [best[0].actor]


def _just_before(item: Seen, sentence: int) -> bool:
    """A state that was the main subject of the sentence right before the pronoun's ("Germany has grown
    wary of Moscow. Last year it expelled four diplomats"): the story goes on with what it did."""
    return item.main and item.sentence == sentence - 1


CLAUSE_CLIMB = 3  # how many reported or coordinated clauses a pronoun's clause may climb


def resolve_clause_subject(seen: list[Seen], token: Word, sentence: int) -> list[Actor]:
    """The subject of the verb the pronoun's clause is coordinated with ("The ministry said ..., and it
    urged"), or, when that verb's subject is no actor ("said the measures would remain ..., and it
    urged": parsed as coordinated with "remain"), of the verb that reports it, up to CLAUSE_CLIMB."""
    verb = token.head
    if verb.dep_ != "conj":
        return []
    verb = verb.head
    for _ in range(CLAUSE_CLIMB):
        found = resolve_parallel_subject(seen, token.text, verb.i, sentence)
        if found or verb.dep_ not in {"ccomp", "conj"}:
            return found
        verb = verb.head
    return []


def resolve_parallel_subject(seen: list[Seen], pronoun: str, verb: int, sentence: int) -> list[Actor]:
    """The subject of the verb that the pronoun's own verb is coordinated with ("The ministry said the
    curbs would stay until Israel allowed aid in, and it urged ..." : "it" is the ministry, whatever
    subject came between), when that subject suits the pronoun; else []."""
    pronoun = pronoun.lower()
    for item in reversed(seen):
        if item.sentence != sentence:
            break
        if item.subject and item.governor == verb and _suits(item, pronoun):
            if pronoun in GROUP_PRONOUNS and item.coordination >= 0:
                return _conjuncts(seen, item)
            return [item.actor]
    return []


def _suits(item: Seen, pronoun: str) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return item.actor.kind == "person"
    if pronoun in BODY_PRONOUNS:
        return item.actor.kind in {"organisation", "state"} and item.coordination < 0
    return pronoun in GROUP_PRONOUNS and (item.actor.kind == "group" or item.coordination >= 0)


def _conjuncts(seen: list[Seen], member: Seen) -> list[Actor]:
    """The actors of every conjunct of the coordinated subject ``member`` belongs to, in text order."""
    actors: list[Actor] = []
    for item in seen:
        same = item.sentence == member.sentence and item.coordination == member.coordination
        if same and item.actor not in actors:
            actors.append(item.actor)
    return actors


def _role_words(text: str | None) -> set[str]:
    ignore = roles().modifiers | {"the", "a", "an", "of", "for"}
    return {word for word in fold(text or "").split() if word not in ignore}


def resolve_description(
    seen: list[Seen], role: str, head: str, country: str | None, sentence: int, governor: int = -1
) -> Actor | None:
    """The person a description ("the defense minister", "the Belarusian diplomat") refers back to.

    A co-argument of the same verb is never the antecedent: in "the king met the envoy"
    the envoy is someone else.
    """
    wanted = _role_words(role)
    # "the minister" may be any official; "the defence minister" only one whose role says so
    generic = head in roles().generic_person_nouns and wanted <= set(fold(head).split())
    compatible = []
    for item in _recent(seen, sentence):
        actor = item.actor
        if item.sentence == sentence and item.governor == governor:
            continue
        if actor.kind != "person" or (country and actor.country != country):
            continue
        if (generic and actor.sector in {"GOV", "LEG", "ELI", None}) or (
            wanted and wanted <= _role_words(actor.role)
        ):
            compatible.append(item)
    by_role = [item for item in compatible if wanted and wanted <= _role_words(item.actor.role)]
    if by_role:
        return by_role[0].actor  # the most recent holder of that very role ("the diplomat")
    if len({item.actor.country for item in compatible}) > 1:
        return None  # officials of several countries: no link beats a wrong link
    subjects = [item for item in compatible if item.subject]
    best = subjects or compatible
    return best[0].actor if best else None


def resolve_sector(seen: list[Seen], sector: str, sentence: int) -> str | None:
    """The country of a definite description of a sector ("the military", "the police"): that of the
    most recent actor of that sector within the window ("Ukrainian forces ... the military").

    Only the sectors in roles.yaml's ``back_reference_sectors``: "the government" after a foreign
    official is as often another country's government, so it keeps the document's country.
    """
    if sector not in roles().back_reference_sectors:
        return None
    for item in _recent(seen, sentence):
        actor = item.actor
        if actor.country and _answers_for(actor, sector):
            return None if actor.country == "IGO" else actor.country
    return None


def _answers_for(actor: Actor, sector: str) -> bool:
    """A force of the sector, or someone or some office that answers for it: "Defence Minister X
    warned ... The military said" is X's military (roles.yaml ``back_reference_heads``)."""
    if actor.kind in {"group", "organisation"} and actor.sector == sector:
        return True
    if actor.kind not in {"person", "organisation"}:
        return False
    words = _role_words(actor.role) if actor.kind == "person" else set(fold(actor.name).split())
    return bool(words & back_reference_heads(sector))


@lru_cache(maxsize=8)
def back_reference_heads(sector: str) -> frozenset[str]:
    """roles.yaml ``back_reference_heads`` of one sector: the portfolio words of its civilian heads."""
    return frozenset(
        fold(word) for word in (_read("roles.yaml").get("back_reference_heads") or {}).get(sector, [])
    )


def resolve_counterpart(seen: list[Seen], sentence: int) -> Actor | None:
    """Whose counterpart: the most recent person with a role, preferring subjects."""
    people = [item for item in _recent(seen, sentence) if item.actor.kind == "person" and item.actor.role]
    subjects = [item for item in people if item.subject]
    best = subjects or people
    return best[0].actor if best else None


def resolve_organisation(seen: list[Seen], words: str, country: str | None) -> Actor | None:
    """The organisation "the Embassy" or "the Russian Embassy" refers back to (same country if given)."""
    wanted = set(fold(words).split())
    for item in reversed(seen):
        actor = item.actor
        if country and actor.country != country:
            continue
        if actor.kind == "organisation" and wanted <= set(fold(actor.name).split()):
            return actor
    return None


@lru_cache(maxsize=1)
def ruling_military_words() -> tuple[str, ...]:
    """roles.yaml ``ruling_military_words``: "junta", "military government" ..."""
    return tuple(fold(words) for words in _read("roles.yaml").get("ruling_military_words", []))


def _names_ruling_military(text: str) -> bool:
    padded = f" {fold(text)} "
    return any(f" {words} " in padded for words in ruling_military_words())


def resolve_ruling_military(seen: list[Seen], phrase: str) -> Actor | None:
    """The junta "the junta" / "the military government" refers back to: the most recent
    organisation of a country named as a ruling military ("Niger's junta"), anywhere before in the
    document; None when ``phrase`` names no ruling military or no such body was named."""
    words = fold(phrase).removeprefix("the ").strip()
    if words not in ruling_military_words():
        return None
    for item in reversed(seen):
        actor = item.actor
        if (
            actor.kind == "organisation"
            and actor.country not in {None, "IGO"}
            and _names_ruling_military(actor.name)
        ):
            return actor
    return None


# Pronouns as objects ("urged him to", "asking it to", "called on them to"): see actors._object_pronoun.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}


def resolve_object_pronoun(seen: list[Seen], pronoun: str, sentence: int, speakers: set[int]) -> list[Actor]:
    """The actors an object pronoun refers to: a person for "him" / "her", a state or an organisation
    for "it", a group or the parties of a list for "them"; never the subject of its own clause (the
    mentions at token indices ``speakers``: in "France urged it" "it" is not France). An object of a
    verb coordinated with the pronoun's ("called Russia and asked it to") comes first, then the
    subjects of earlier clauses ("Russia attacked ... France asked it to"), then any other mention."""
    subject_pronoun = OBJECT_PRONOUNS.get(pronoun.lower())
    if subject_pronoun is None:
        return []
    speaking = {item.actor.id for item in seen if item.sentence == sentence and item.token in speakers}
    recent = [item for item in _recent(seen, sentence) if item.actor.id not in speaking]
    compatible = [item for item in recent if _suits_object(item, subject_pronoun)]
    same = [item for item in compatible if item.sentence == sentence and not item.subject]
    if subject_pronoun in GROUP_PRONOUNS and not same:
        # a body named by a plural noun just before ("protested to the authorities and asked them to")
        same = [
            item
            for item in recent
            if item.sentence == sentence and not item.subject and item.actor.kind == "organisation"
        ]
    if not (compatible or same):
        return []
    best = (same or [item for item in compatible if item.subject] or compatible)[0]
    if subject_pronoun in GROUP_PRONOUNS:
        if best.coordination >= 0:
            return _conjuncts(seen, best)
        if best.listed >= 0:
            return [
                item.actor for item in seen if item.sentence == best.sentence and item.listed == best.listed
            ]
    return [best.actor]


def _suits_object(item: Seen, pronoun: str) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return item.actor.kind == "person"
    if pronoun in BODY_PRONOUNS:
        return item.actor.kind in {"organisation", "state"} and item.coordination < 0 and item.listed < 0
    return item.actor.kind == "group" or item.coordination >= 0 or item.listed >= 0
