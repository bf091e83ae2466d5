"""Measure quote extraction: on LitBank quotations (fiction) or on news fixtures (JSONL).

``evaluate(gold)`` picks the reader from the path: a folder with ``*.ann`` files
(or a ``tsv/`` folder holding them) is LitBank; a ``.jsonl`` file or a folder of
them is news fixtures, one ``{"text", "quotes": [{"text", "speaker", "direct"}]}``
per line.

Quote spans are compared after normalising both sides (quotation marks,
edge punctuation and case removed, spaces collapsed): *exact* needs the same
normalised text, *overlap* one-to-one pairs that share characters.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate import Report, prf
from eventwire.evaluate.quotes_litbank import GoldQuote, load_litbank, speaker_names_match
from eventwire.quotes import extract_quotes
from eventwire.records import Quote

QUOTE_CHARS = "\"“”‘’'«»„"


def normalise(text: str) -> str:
    """Text of a quote for comparison: no marks, no edge punctuation, lower case, single spaces."""
    text = "".join(" " if char in QUOTE_CHARS else char for char in text)
    return " ".join(text.split()).strip(" .,;:!?—–-").lower()


@dataclass(slots=True)
class Pairing:
    """Which predicted quote each gold quote was paired with (by index), exact and by overlap."""

    exact: dict[int, int]
    overlap: dict[int, int]


def pair_quotes(gold: Sequence[GoldQuote], predicted: Sequence[Quote]) -> Pairing:
    """One-to-one pairs: first by equal normalised text, then by the largest character overlap."""
    exact: dict[int, int] = {}
    used: set[int] = set()
    for g, item in enumerate(gold):
        for p, quote in enumerate(predicted):
            if p not in used and normalise(quote.text) == normalise(item.text):
                exact[g] = p
                used.add(p)
                break
    overlap = dict(exact)
    for g, item in enumerate(gold):
        if g in overlap:
            continue
        best = max(
            (
                (min(q.end, item.end) - max(q.start, item.start), p)
                for p, q in enumerate(predicted)
                if p not in used
            ),
            default=(0, -1),
        )
        if best[0] > 0:
            overlap[g] = best[1]
            used.add(best[1])
    return Pairing(exact=exact, overlap=overlap)


def _speaker_text(doc_text: str, quote: Quote) -> str | None:
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return doc_text[quote.speaker_start : quote.speaker_end]


def _same_speaker_text(predicted: str | None, expected: str) -> bool:
    return predicted is not None and normalise(predicted) == normalise(expected)


@dataclass(slots=True)
class Tally:
    """Counts accumulated over documents."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    speaker_items: int = 0
    speaker_correct: int = 0
    speaker_found: int = 0
    direct_correct: int = 0
    linked_items: int = 0
    linked_correct: int = 0

    def metrics(self) -> dict[str, float]:
        exact = prf(self.exact, self.predicted - self.exact, self.gold - self.exact)
        overlap = prf(self.overlap, self.predicted - self.overlap, self.gold - self.overlap)
        figures = {f"exact_{key}": value for key, value in exact.items()}
        figures |= {f"overlap_{key}": value for key, value in overlap.items()}
        items = self.speaker_items or 1
        figures["speaker_accuracy"] = self.speaker_correct / items
        figures["speaker_found"] = self.speaker_found / items
        figures["speaker_precision"] = self.speaker_correct / (self.speaker_found or 1)
        figures["direct_flag_accuracy"] = self.direct_correct / (self.overlap or 1)
        if self.linked_items:
            figures["speaker_linked_accuracy"] = self.linked_correct / self.linked_items
        return figures


def _score_document(
    tally: Tally,
    text: str,
    gold: Sequence[GoldQuote],
    predicted: Sequence[Quote],
    speaker_ok: Callable[[str | None, GoldQuote], bool | None],
    linked_ok: Callable[[Quote, GoldQuote], bool | None] | None = None,
) -> None:
    """Add one document to the tally. ``speaker_ok`` returns None when a gold speaker is not scored;
    ``linked_ok`` scores the speaker after linking to an actor (coreference included)."""
    pairing = pair_quotes(gold, predicted)
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    tally.exact += len(pairing.exact)
    tally.overlap += len(pairing.overlap)
    for g, p in pairing.overlap.items():
        quote = predicted[p]
        tally.direct_correct += quote.direct == gold[g].direct
        speaker = _speaker_text(text, quote)
        linked = linked_ok(quote, gold[g]) if linked_ok else None
        if linked is not None:
            tally.linked_items += 1
            tally.linked_correct += linked
        verdict = speaker_ok(speaker, gold[g])
        if verdict is None:
            continue
        tally.speaker_items += 1
        tally.speaker_found += speaker is not None
        tally.speaker_correct += verdict


def _load_nlp(nlp: Any) -> Any:
    if nlp is not None:
        return nlp
    from eventwire.language import load_model

    return load_model()


# ---------------------------------------------------------------- news fixtures


def _read_fixtures(gold: Path) -> list[dict[str, Any]]:
    files = sorted(gold.glob("*.jsonl")) if gold.is_dir() else [gold]
    return [
        json.loads(line) for path in files for line in path.read_text("utf-8").splitlines() if line.strip()
    ]


def _fixture_gold(record: dict[str, Any]) -> list[GoldQuote]:
    text = record["text"]
    quotes: list[GoldQuote] = []
    for item in record["quotes"]:
        start = text.find(item["text"])
        end = start + len(item["text"]) if start >= 0 else -1
        quotes.append(GoldQuote(item["text"], start, end, item.get("speaker") or "", bool(item["direct"])))
    return quotes


def evaluate_news(gold: Path, nlp: Any = None) -> Report:
    """Quote F1, speaker accuracy (speaker span text equal after normalising) on news fixtures.

    Quotes are extracted with the actor stage's mentions, as the pipeline does. A gold quote
    may name the actor id its speaker resolves to (``speaker_actor``: "person:lena-varga" for
    "he", "BLR-GOV" for a headline's "Minsk"); ``speaker_linked_accuracy`` scores those.
    """
    from eventwire.actors import extract_actors

    nlp = _load_nlp(nlp)
    records = _read_fixtures(gold)
    tally = Tally()
    for record, doc in zip(records, nlp.pipe(record["text"] for record in records), strict=True):
        gold_quotes = _fixture_gold(record)
        expected_actors = {
            id(quote): item.get("speaker_actor")
            for quote, item in zip(gold_quotes, record["quotes"], strict=True)
        }

        def speaker_ok(found: str | None, expected: GoldQuote) -> bool | None:
            return _same_speaker_text(found, expected.speaker) if expected.speaker else None

        def linked_ok(quote: Quote, expected: GoldQuote, wanted_by: dict = expected_actors) -> bool | None:
            wanted = wanted_by[id(expected)]
            return None if wanted is None else quote.speaker == wanted

        _, mentions = extract_actors(doc)
        predicted = extract_quotes(doc, mentions)
        _score_document(tally, doc.text, gold_quotes, predicted, speaker_ok, linked_ok)
    return Report(name="quotes/news", gold=str(gold), items=len(records), metrics=tally.metrics())


# ---------------------------------------------------------------- LitBank


def evaluate_litbank(gold: Path, nlp: Any = None, limit: int | None = None) -> Report:
    """Direct-quote F1 and speaker accuracy on LitBank (fiction), optionally on the first ``limit`` files.

    A speaker is scored only when the gold speaker is a named character; it counts as
    right when the speaker span shares a name word with the gold speaker's name (titles
    such as "Mr" and articles ignored), so a pronoun speaker ("she") counts as wrong.
    ``speaker_linked_accuracy`` scores the name of the actor the speaker was linked to
    (through the actor stage's coreference), or the span when it was linked to none.
    """
    from eventwire.actors import extract_actors

    nlp = _load_nlp(nlp)
    documents = load_litbank(gold, nlp.vocab, limit=limit)
    tally = Tally()
    for document, doc in zip(documents, nlp.pipe(document.doc for document in documents), strict=True):
        actors, mentions = extract_actors(doc)
        names = {actor.id: actor.name for actor in actors}

        def speaker_ok(found: str | None, expected: GoldQuote) -> bool | None:
            return speaker_names_match(found, expected.speaker)

        def linked_ok(
            quote: Quote, expected: GoldQuote, text: str = doc.text, names: dict[str, str] = names
        ) -> bool | None:
            # the linked actor's name ("she" -> "Elizabeth Bennet"), else the speaker span itself
            found = names.get(quote.speaker or "") or _speaker_text(text, quote)
            return speaker_names_match(found, expected.speaker)

        predicted = [quote for quote in extract_quotes(doc, mentions) if quote.direct]
        _score_document(tally, doc.text, document.quotes, predicted, speaker_ok, linked_ok)
    report = Report(name="quotes/litbank", gold=str(gold), items=len(documents), metrics=tally.metrics())
    report.details.append(f"  {tally.gold} gold quotes, {tally.speaker_items} with a named speaker")
    return report


def _is_litbank(gold: Path) -> bool:
    return gold.is_dir() and (any(gold.glob("*.ann")) or any(gold.glob("tsv/*.ann")))


def evaluate(gold: Path, nlp: Any = None, limit: int | None = None) -> Report:
    """Evaluate on LitBank quotations or on news fixtures, whichever ``gold`` holds."""
    gold = Path(gold)
    if _is_litbank(gold):
        return evaluate_litbank(gold, nlp, limit=limit)
    return evaluate_news(gold, nlp)


__all__ = ["evaluate", "evaluate_litbank", "evaluate_news", "normalise", "pair_quotes"]
