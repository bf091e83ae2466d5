"""Matching one wire article's codings against ours: what counts as the same event.

A coding is an event reduced to what the benchmark scores (type, the actor's and the recipient's
countries, the date). Two codings are the same event when type and both country sets agree; for
meetings and joint acts the participants are compared as one set, whichever side they stand on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# Types whose participants are compared as one set (a meeting has no recipient in PLOVER).
UNION_TYPES = frozenset({"CONSULT"})


@dataclass(frozen=True, slots=True)
class Coding:
    """One event reduced to what is scored: type, both country sets, date; plus a label for reports."""

    article: str
    type: str
    actor: frozenset[str]
    recipient: frozenset[str]
    date: str | None
    joint: bool = False
    label: str = ""

    def parties(self) -> frozenset[str]:
        return self.actor | self.recipient

    def describe(self) -> str:
        actor = ",".join(sorted(self.actor)) or "-"
        recipient = ",".join(sorted(self.recipient)) or "-"
        return f"{self.type} {actor} -> {recipient} @{self.date or '?'}  {self.label}".rstrip()


def compares_parties(gold: Coding) -> bool:
    """Whether the coding's participants are compared as one set (a meeting, a joint act)."""
    return gold.joint or gold.type in UNION_TYPES


def same_dyad(gold: Coding, ours: Coding) -> bool:
    if gold.type != ours.type:
        return False
    if compares_parties(gold):
        return gold.parties() == ours.parties()
    return gold.actor == ours.actor and gold.recipient == ours.recipient


def match_dyads(gold: Sequence[Coding], ours: Sequence[Coding]) -> list[tuple[Coding, Coding]]:
    """One-to-one matches of one article's events: pairs that also agree on the date are taken first,
    so a repeated event is matched to its correctly dated copy."""
    pairs: list[tuple[Coding, Coding]] = []
    free_gold, free_ours = list(gold), list(ours)
    for need_same_date in (True, False):
        for item in list(free_gold):
            for candidate in free_ours:
                if same_dyad(item, candidate) and (not need_same_date or item.date == candidate.date):
                    pairs.append((item, candidate))
                    free_gold.remove(item)
                    free_ours.remove(candidate)
                    break
    return pairs


def type_matches(gold: Sequence[Coding], ours: Sequence[Coding]) -> int:
    ours_by_type = Counter(c.type for c in ours)
    return sum(min(count, ours_by_type[kind]) for kind, count in Counter(c.type for c in gold).items())


# ---------------------------------------------------------------- scoring


@dataclass
class ArticleScore:
    article: str
    gold: list[Coding]
    ours: list[Coding]
    pairs: list[tuple[Coding, Coding]]
    type_tp: int

    def missed(self) -> list[Coding]:
        matched = {id(g) for g, _ in self.pairs}
        return [g for g in self.gold if id(g) not in matched]

    def spurious(self) -> list[Coding]:
        matched = {id(o) for _, o in self.pairs}
        return [o for o in self.ours if id(o) not in matched]


def score_article(article: str, gold: Sequence[Coding], ours: Sequence[Coding]) -> ArticleScore:
    return ArticleScore(article, list(gold), list(ours), match_dyads(gold, ours), type_matches(gold, ours))
