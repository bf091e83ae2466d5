"""Fit the spurious-event filter of ``eventwire.event_filter``, cross-validate it by batch, write its weights.

    .venv/bin/python bench/train_event_filter.py            # cross-validate, fit on all, save
    .venv/bin/python bench/train_event_filter.py --check    # cross-validate only
    .venv/bin/python bench/train_event_filter.py --features facts --label type --check

Training data: the wire fixture's development articles only (``tests/fixtures/wire``, every id not in
``eventwire.evaluate.wire.SCORED_ONLY``; held-out articles are never read, let alone coded). Each is
coded by the pipeline; each exported event is labelled real when the wire scorer matches it to a gold
event (``--label dyad``: same type and parties) or when its article has a gold event of its type
(``--label type``). Features: see ``eventwire.event_filter``.

Leave-one-batch-out cross-validation: batches are the 12-article blocks in id order (w01-w12, ...).
For each batch, the filter is fitted on the other batches and applied to it; the pooled scores of all
batches are printed with and without the filter, for fixed thresholds and for a threshold chosen
inside the cross-validation (nested: the one best on the other batches, each scored by a model that
saw neither it nor the held-out batch). Only these figures mean anything: development figures of a
model trained on development do not. scikit-learn is a development dependency, used here only.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from eventwire.evaluate.wire import (
    SCORED_ONLY,
    ArticleScore,
    load_articles,
    load_expected,
    our_codings,
    score_article,
    split_metrics,
)
from eventwire.event_filter import (
    VECTOR_SIZE,
    WEIGHTS_PATH,
    EventFilter,
    document_inputs,
    embed_once,
    scored_events,
)
from eventwire.records import CodedDocument

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "wire"
BATCH_SIZE = 12
THRESHOLDS = tuple(round(0.1 + 0.05 * step, 2) for step in range(17))  # 0.10 ... 0.90
# Inverse regularisation strength (features: a unit-length sentence vector and a few named facts).
C = 1.0


def batch_of(article: str) -> int:
    """The 12-article block of an id in id order: w01-w12 -> 0, w13-w24 -> 1, ..."""
    return (int(article.lstrip("w")) - 1) // BATCH_SIZE


def refuse_held_out(ids: Sequence[str]) -> None:
    """Held-out articles must never reach training: stop if any id is in a scored-only split."""
    leaked = sorted(set(ids) & SCORED_ONLY)
    if leaked:
        raise SystemExit(f"refusing to train on held-out articles: {', '.join(leaked)}")


@dataclass
class Article:
    """One coded development article: its judged events' features and labels, and its gold codings."""

    coded: CodedDocument
    gold: list
    vectors: np.ndarray
    facts: list[dict[str, float]]
    labels: np.ndarray  # 1 real, 0 spurious, per judged event

    def score(self, keep: np.ndarray | None = None) -> ArticleScore:
        """The wire score of the article with only the judged events ``keep`` marks (all if None)."""
        coded = self.coded
        if keep is not None:
            dropped = {id(e) for e, k in zip(scored_events(coded.events), keep, strict=True) if not k}
            coded = dataclasses.replace(coded, events=[e for e in coded.events if id(e) not in dropped])
        return score_article(coded.id, self.gold, our_codings(coded))


def event_labels(coded: CodedDocument, gold: list, how: str) -> np.ndarray:
    judged = scored_events(coded.events)
    exported = [e for e in coded.events if not e.negated]
    codings = dict(zip(map(id, exported), our_codings(coded), strict=True))
    if how == "type":
        gold_types = {g.type for g in gold}
        return np.array([e.type in gold_types for e in judged], dtype=int)
    matched = {id(ours) for _, ours in score_article(coded.id, gold, list(codings.values())).pairs}
    real = [id(codings[id(e)]) in matched for e in judged]
    if how == "one-to-one":
        # the gold events of each type that no dyad match took go to our unmatched events of that
        # type, in text order: as many of ours are real as the type scorer counts as true positives
        free = Counter(g.type for g in gold) - Counter(e.type for e, r in zip(judged, real, strict=True) if r)
        for i, event in enumerate(judged):
            if not real[i] and free[event.type] > 0:
                real[i], free[event.type] = True, free[event.type] - 1
    return np.array(real, dtype=int)


def load_development(label: str) -> list[Article]:
    from eventwire.language import load_model
    from eventwire.pipeline import code_document

    documents = [d for d in load_articles(FIXTURE) if d.id not in SCORED_ONLY]
    refuse_held_out([d.id for d in documents])
    expected = [g for g in load_expected(FIXTURE) if g.article not in SCORED_ONLY]
    nlp = load_model()
    articles = []
    for document in documents:
        coded = code_document(document, nlp=nlp)
        gold = [g for g in expected if g.article == coded.id]
        sentences, facts = document_inputs(coded, scored_events(coded.events))
        vectors = embed_once(sentences) if sentences else np.zeros((0, VECTOR_SIZE), dtype=np.float32)
        articles.append(Article(coded, gold, vectors, facts, event_labels(coded, gold, label)))
    return articles


# ---------------------------------------------------------------- fitting


def fact_names(articles: Sequence[Article]) -> tuple[str, ...]:
    return tuple(sorted({name for a in articles for facts in a.facts for name in facts}))


def design(articles: Sequence[Article], names: tuple[str, ...], features: str) -> np.ndarray:
    """Feature rows of the articles' judged events; columns masked to the chosen feature set."""
    model = EventFilter(names, np.zeros(VECTOR_SIZE + len(names)), 0.0, 0.5)
    rows = [np.hstack([a.vectors, model.fact_matrix(a.facts)]) for a in articles if len(a.facts)]
    matrix = np.vstack(rows)
    if features == "vector":
        matrix[:, VECTOR_SIZE:] = 0.0
    elif features == "facts":
        matrix[:, :VECTOR_SIZE] = 0.0
    return matrix


def fit(articles: Sequence[Article], names: tuple[str, ...], features: str) -> EventFilter:
    labels = np.concatenate([a.labels for a in articles])
    model = LogisticRegression(C=C, max_iter=5000).fit(design(articles, names, features), labels)
    return EventFilter(names, model.coef_[0].astype(np.float32), float(model.intercept_[0]), 0.5)


def predict(model: EventFilter, articles: Sequence[Article]) -> list[np.ndarray]:
    return [
        model.probabilities(a.vectors, a.facts) if a.facts else np.zeros(0, dtype=np.float32)
        for a in articles
    ]


def figures(scores: Sequence[ArticleScore]) -> tuple[float, float]:
    metrics = split_metrics(scores, "cv")
    return metrics["cv_dyad_f1"], metrics["cv_type_f1"]


def scored_at(articles: Sequence[Article], probabilities: Sequence[np.ndarray], threshold: float) -> list:
    return [a.score(p >= threshold) for a, p in zip(articles, probabilities, strict=True)]


def best_threshold(articles: Sequence[Article], probabilities: Sequence[np.ndarray]) -> float:
    """The threshold with the best type+dyad F1 on these articles (no filter, 0.0, if none beats it)."""
    candidates = (0.0, *THRESHOLDS)
    return max(candidates, key=lambda t: (figures(scored_at(articles, probabilities, t))[0], -t))


# ---------------------------------------------------------------- cross-validation


def cross_validate(articles: list[Article], features: str) -> float:
    """Print leave-one-batch-out figures; return the threshold best on the pooled out-of-batch scores."""
    names = fact_names(articles)
    batches = sorted({batch_of(a.coded.id) for a in articles})
    outside: dict[int, list[np.ndarray]] = {}
    nested: list[ArticleScore] = []
    for batch in batches:
        train = [a for a in articles if batch_of(a.coded.id) != batch]
        test = [a for a in articles if batch_of(a.coded.id) == batch]
        outside[batch] = predict(fit(train, names, features), test)
        inner_articles, inner_probabilities = [], []
        for other in batches:
            if other == batch:
                continue
            inner_train = [a for a in train if batch_of(a.coded.id) != other]
            inner_test = [a for a in train if batch_of(a.coded.id) == other]
            inner_articles += inner_test
            inner_probabilities += predict(fit(inner_train, names, features), inner_test)
        chosen = best_threshold(inner_articles, inner_probabilities)
        fold_scores = scored_at(test, outside[batch], chosen)
        nested += fold_scores
        base = figures([a.score() for a in test])
        print(
            f"  batch w{batch * 12 + 1:02d}-w{batch * 12 + 12:02d}: threshold {chosen:.2f} (chosen on the other "
            f"batches); type+dyad {base[0]:.3f} -> {figures(fold_scores)[0]:.3f}, "
            f"type {base[1]:.3f} -> {figures(fold_scores)[1]:.3f}"
        )
    ordered = [a for b in batches for a in articles if batch_of(a.coded.id) == b]
    probabilities = [p for b in batches for p in outside[b]]
    base = figures([a.score() for a in ordered])
    print(f"pooled CV, {len(ordered)} articles in {len(batches)} batches, features={features}:")
    print(f"  no filter            type+dyad F1 {base[0]:.3f}  type F1 {base[1]:.3f}")
    for threshold in THRESHOLDS:
        scores = scored_at(ordered, probabilities, threshold)
        dropped = sum(int((p < threshold).sum()) for p in probabilities)
        dyad, kind = figures(scores)
        print(
            f"  threshold {threshold:.2f}       type+dyad F1 {dyad:.3f}  type F1 {kind:.3f}  ({dropped} dropped)"
        )
    dyad, kind = figures(nested)
    print(f"  nested threshold     type+dyad F1 {dyad:.3f}  type F1 {kind:.3f}  (chosen per batch, above)")
    return best_threshold(ordered, probabilities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate only, save nothing")
    parser.add_argument("--features", choices=("all", "vector", "facts"), default="facts")
    parser.add_argument("--label", choices=("dyad", "one-to-one", "type"), default="dyad")
    args = parser.parse_args()
    articles = load_development(args.label)
    labels = np.concatenate([a.labels for a in articles])
    print(f"{len(articles)} development articles, {len(labels)} events, {labels.mean():.3f} labelled real")
    threshold = cross_validate(articles, args.features)
    if args.check:
        return
    model = dataclasses.replace(fit(articles, fact_names(articles), args.features), threshold=threshold)
    model.save(WEIGHTS_PATH)
    print(f"wrote {WEIGHTS_PATH} (threshold {threshold:.2f}, best on the pooled out-of-batch scores)")


if __name__ == "__main__":
    main()
