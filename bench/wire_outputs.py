"""Dump what the pipeline makes of the wire fixture, to check a refactor leaves outputs identical.

    python bench/wire_outputs.py OUT.json            # code tests/fixtures/wire, write the records
    python bench/wire_outputs.py OUT.json --compare BEFORE.json

Coding goes through :class:`eventwire.pipeline.Pipeline` (batched ``nlp.pipe``, as in a real run),
and every document's annotations, actors, mentions, quotes, dates, places and events are written
as plain JSON (``records.to_dict``). With ``--compare`` the exit status says whether they match.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIRE = ROOT / "tests" / "fixtures" / "wire"
FIELDS = ("annotations", "actors", "mentions", "quotes", "dates", "places", "events")


def coded_records(folder: Path = WIRE, batch_size: int = 5) -> dict[str, dict]:
    """Each wire article's records, keyed by article id."""
    from eventwire.evaluate.wire import load_articles
    from eventwire.pipeline import Pipeline
    from eventwire.records import CodedDocument, to_dict

    # A batch size that does not divide the fixture, so records cross batch (and memory-zone) borders.
    pipeline = Pipeline(batch_size=batch_size)
    records = {}
    for coded in pipeline.code_stream(load_articles(folder)):
        assert isinstance(coded, CodedDocument), coded
        kept = spacy_objects(coded)
        assert not kept, f"{coded.id} keeps spaCy objects past the parse: {kept[:5]}"
        records[coded.id] = {name: to_dict(getattr(coded, name)) for name in FIELDS}
    return records


def spacy_objects(value: object, path: str = "coded") -> list[str]:
    """Where a record holds a spaCy object (Doc, Span, Token, Lexeme...), which must not outlive the
    memory zone its Doc was parsed in."""
    if type(value).__module__.startswith(("spacy", "thinc")):
        return [f"{path}: {type(value).__name__}"]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in spacy_objects(item, f"{path}[{key!r}]")]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [
            found for index, item in enumerate(value) for found in spacy_objects(item, f"{path}[{index}]")
        ]
    if hasattr(value, "__dataclass_fields__"):
        return [
            found
            for name in value.__dataclass_fields__
            for found in spacy_objects(getattr(value, name), f"{path}.{name}")
        ]
    return []


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """Article/field pairs whose records differ."""
    found = [f"{article}: missing" for article in before.keys() ^ after.keys()]
    for article in sorted(before.keys() & after.keys()):
        for name in FIELDS:
            if before[article].get(name) != after[article].get(name):
                found.append(f"{article}: {name} differ")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="a dump made before the change")
    args = parser.parse_args()
    records = coded_records()
    args.out.write_text(json.dumps(records, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(records)} articles, {sum(len(r['events']) for r in records.values())} events -> {args.out}")
    if args.compare:
        found = differences(json.loads(args.compare.read_text(encoding="utf-8")), records)
        print("\n".join(found) or "identical")
        sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
