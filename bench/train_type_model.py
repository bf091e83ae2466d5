"""Fit the event-type classifier of ``eventwire.type_model`` and write its weights.

    .venv/bin/python bench/train_type_model.py            # fit, report 5-fold accuracy, save
    .venv/bin/python bench/train_type_model.py --check    # fit and report only

Reads ``src/eventwire/data/training/event_types.jsonl`` (sentences written for this project; see the
README there), embeds them with the packaged MiniLM model and fits a multinomial logistic regression
(scikit-learn, a development dependency only). Deterministic: lbfgs on fixed data, folds shuffled
with a fixed seed. Writes ``src/eventwire/data/event_types_model.npz``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

from eventwire.type_model import WEIGHTS_PATH, TypeClassifier, embed

TRAINING = (
    Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "training" / "event_types.jsonl"
)
# Inverse regularisation strength: sentence vectors are unit length, so the weights need room.
C = 10.0


def load_training(path: Path = TRAINING) -> tuple[list[str], list[str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row["text"] for row in rows], [row["label"] for row in rows]


def fit(vectors: np.ndarray, labels: list[str]) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=5000).fit(vectors, labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report cross-validated accuracy, save nothing")
    args = parser.parse_args()
    texts, labels = load_training()
    vectors = embed(texts)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    scores = cross_val_score(LogisticRegression(C=C, max_iter=5000), vectors, labels, cv=folds)
    print(f"{len(texts)} sentences, {len(set(labels))} labels; 5-fold accuracy {scores.mean():.3f}")
    if args.check:
        return
    model = fit(vectors, labels)
    classifier = TypeClassifier(
        tuple(str(c) for c in model.classes_),
        model.coef_.astype(np.float32),
        model.intercept_.astype(np.float32),
    )
    classifier.save(WEIGHTS_PATH)
    print(f"wrote {WEIGHTS_PATH}")


if __name__ == "__main__":
    main()
