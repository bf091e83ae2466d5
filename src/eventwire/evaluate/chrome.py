"""How well the text cleaner separates site chrome from an article's prose.

The gold file is a TSV of labelled lines grouped into whole pages (see
``tests/fixtures/chrome/lines.tsv``)::

    === page: NAME | title: HEADLINE | published: YYYY-MM-DD   (or "none")
    chrome<TAB>Accept all cookies
    title<TAB>The headline
    prose<TAB>A sentence of the article.
    blank<TAB>

Each page is cleaned as one text, so rules that need context are measured too. Metrics:
chrome precision / recall / F1 (a removed line is a chrome prediction), ``prose_kept`` (the
share of prose lines kept: it must be 1.0), and per page the title, the date and whether
the body is exactly the page's prose lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from eventwire.chrome import clean_text
from eventwire.evaluate import Report, prf

PAGE_MARK = "=== "
LABELS = {"chrome", "prose", "title", "blank"}


@dataclass(slots=True)
class GoldPage:
    name: str
    title: str | None
    published: str | None
    rows: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(text for _, text in self.rows)

    @property
    def body(self) -> str:
        return "\n\n".join(text.strip() for label, text in self.rows if label == "prose")


def _header_fields(line: str) -> dict[str, str]:
    fields = {}
    for part in line[len(PAGE_MARK) :].split(" | "):
        key, _, value = part.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def _optional(value: str) -> str | None:
    return None if value.lower() in {"", "none"} else value


def read_gold(path: Path) -> list[GoldPage]:
    """The pages of a labelled-lines TSV (comment lines start with '#')."""
    pages: list[GoldPage] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith(PAGE_MARK):
            fields = _header_fields(line)
            pages.append(GoldPage(fields["page"], _optional(fields["title"]), _optional(fields["published"])))
            continue
        label, _, text = line.partition("\t")
        if label not in LABELS or not pages:
            raise ValueError(f"{path}:{number}: expected 'LABEL<TAB>text' after a page header, got {line!r}")
        pages[-1].rows.append((label, text))
    return pages


@dataclass(slots=True)
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    prose: int = 0
    prose_kept: int = 0
    titles_right: int = 0
    dates_right: int = 0
    bodies_exact: int = 0
    details: list[str] = field(default_factory=list)


def _score_page(page: GoldPage, tally: Tally) -> None:
    cleaned = clean_text(page.text)
    reasons = {removed.line_no: removed.reason for removed in cleaned.removed}
    for line_no, (label, text) in enumerate(page.rows, 1):
        removed = line_no in reasons
        if label == "chrome":
            tally.true_positives += removed
            tally.false_negatives += not removed
            if not removed:
                tally.details.append(f"  {page.name}: chrome kept: {text[:90]}")
        elif label == "prose":
            tally.prose += 1
            tally.prose_kept += not removed
            if removed:
                tally.false_positives += 1
                tally.details.append(f"  {page.name}: PROSE REMOVED ({reasons[line_no]}): {text[:90]}")
    tally.titles_right += cleaned.title == page.title
    tally.dates_right += cleaned.published == page.published
    tally.bodies_exact += cleaned.text == page.body
    if cleaned.title != page.title:
        tally.details.append(f"  {page.name}: title {cleaned.title!r}, expected {page.title!r}")
    if cleaned.published != page.published:
        tally.details.append(f"  {page.name}: date {cleaned.published!r}, expected {page.published!r}")


def evaluate(gold: Path) -> Report:
    """Score :func:`eventwire.chrome.clean_text` on a labelled-lines TSV."""
    pages = read_gold(gold)
    tally = Tally()
    for page in pages:
        _score_page(page, tally)
    chrome = prf(tally.true_positives, tally.false_positives, tally.false_negatives)
    count = len(pages) or 1
    metrics = {
        "chrome_precision": chrome["precision"],
        "chrome_recall": chrome["recall"],
        "chrome_f1": chrome["f1"],
        "prose_kept": tally.prose_kept / tally.prose if tally.prose else 1.0,
        "title_accuracy": tally.titles_right / count,
        "date_accuracy": tally.dates_right / count,
        "body_exact": tally.bodies_exact / count,
    }
    items = tally.true_positives + tally.false_negatives + tally.prose
    return Report(name="chrome", gold=str(gold), items=items, metrics=metrics, details=tally.details)
