"""Accuracy measured against gold data: one module per stage, one report shape for all.

Each stage module exposes ``evaluate(gold: Path, ...) -> Report``; the CLI
(``eventwire eval STAGE --gold PATH``) prints the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Report:
    """Figures from one evaluation run: named metrics plus free-form detail lines."""

    name: str
    gold: str
    items: int
    metrics: dict[str, float] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        head = f"{self.name} on {self.gold} ({self.items} items)"
        figures = [f"  {key:<24} {value:.3f}" for key, value in self.metrics.items()]
        return [head, *figures, *self.details]


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(true_positives: int, false_positives: int, false_negatives: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where a denominator is empty)."""
    predicted = true_positives + false_positives
    actual = true_positives + false_negatives
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / actual if actual else 0.0
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}


def learned_parts(type_model: bool, event_filter: bool) -> str:
    """What a report's name adds when learned components revised the rules' events."""
    return (" (rules + type model)" if type_model else "") + (" (event filter)" if event_filter else "")
