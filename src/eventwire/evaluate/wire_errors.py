"""Why wire codings fail to match: every missed gold event and every unmatched event of ours, in one
error class each.

An F1 says how large the loss is; the classes say where it is. A gold event that we coded with the
right type but other countries is a dyad error (wrong recipient, wrong actor, sides swapped, both
wrong, wrong participants of a meeting); one with no event of its type among ours is a missed type;
an event of ours left over is an extra report of a type the article has, or a false type. Each
missed gold event is paired with the unmatched event of ours of the same type that is closest to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventwire.evaluate.wire_match import ArticleScore, Coding, compares_parties


@dataclass(frozen=True, slots=True)
class ErrorCase:
    """One unmatched coding: its class, and the gold and our codings it concerns (either may be absent)."""

    kind: str
    gold: Coding | None
    ours: Coding | None


def classify(score: ArticleScore) -> list[ErrorCase]:
    """The error case of every gold event left unmatched in one article, then of every event of ours."""
    leftovers = score.spurious()
    cases = []
    for gold in score.missed():
        rivals = [ours for ours in leftovers if ours.type == gold.type]
        if not rivals:
            cases.append(ErrorCase(f"type missed: {gold.type}", gold, None))
            continue
        ours = max(rivals, key=lambda candidate: _closeness(gold, candidate))
        leftovers.remove(ours)
        cases.append(ErrorCase(_dyad_error(gold, ours), gold, ours))
    gold_types = {gold.type for gold in score.gold}
    for ours in leftovers:
        kind = "extra event of a gold type" if ours.type in gold_types else f"false type: {ours.type}"
        cases.append(ErrorCase(kind, None, ours))
    return cases


def _closeness(gold: Coding, ours: Coding) -> float:
    """How much of the dyad two codings of one type share: each side counts one, a shared country half."""
    return (
        (gold.actor == ours.actor)
        + (gold.recipient == ours.recipient)
        + 0.5 * bool(gold.parties() & ours.parties())
    )


def _dyad_error(gold: Coding, ours: Coding) -> str:
    if compares_parties(gold):
        return f"participants {_set_difference(gold.parties(), ours.parties())}"
    if gold.actor == ours.actor:
        return f"recipient {_set_difference(gold.recipient, ours.recipient)}"
    if gold.recipient == ours.recipient:
        return f"actor {_set_difference(gold.actor, ours.actor)}"
    if gold.actor == ours.recipient and gold.recipient == ours.actor:
        return "sides swapped"
    return "actor and recipient wrong"


def _set_difference(gold: frozenset[str], ours: frozenset[str]) -> str:
    """How our country set differs from the gold one, in words."""
    if not ours:
        return "missing"
    if not gold:
        return "where gold has none"
    if ours < gold:
        return "incomplete"
    if ours > gold:
        return "with extra countries"
    return "different"


def class_counts(scores: Iterable[ArticleScore]) -> Counter[str]:
    return Counter(case.kind for score in scores for case in classify(score))


def class_table(columns: Sequence[tuple[str, Sequence[ArticleScore]]]) -> list[str]:
    """Error classes counted per group of articles, largest first (by the first group), as report lines."""
    counts = [(name, class_counts(scores)) for name, scores in columns]
    kinds = sorted(
        {kind for _, counter in counts for kind in counter},
        key=lambda kind: (-counts[0][1][kind], -sum(counter[kind] for _, counter in counts), kind),
    )
    header = "  error classes (unmatched codings)".ljust(48) + "".join(f"{name:>12}" for name, _ in counts)
    rows = [f"    {kind:<44}" + "".join(f"{counter[kind]:>12}" for _, counter in counts) for kind in kinds]
    return [header, *rows]
