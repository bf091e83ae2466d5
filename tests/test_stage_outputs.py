"""Pins the exact outputs of the NLP stages (actors, quotes, dates, places) on a few texts of our own.

Speed work on these stages must not change what they output. If a deliberate rule or
lexicon change moves these outputs, look at the diff, then regenerate the pins with

    .venv/bin/python tests/test_stage_outputs.py

Also checks the two pieces the speed work rests on: the :class:`~eventwire.token_view.Words`
view answers as spaCy does, and the on-disk table cache is never needed to be right.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import pytest

from eventwire import table_cache
from eventwire.records import to_dict

PINS = Path(__file__).resolve().parent / "fixtures" / "stage_outputs.json"
PUBLISHED = "2024-03-15"
# A capital, seat or group that the actor stage took as an actor is not a place (as pipeline.py).
ACTOR_NOT_PLACE = frozenset({"capital", "seat", "group"})

TEXTS = {
    "headline_and_quotes": (
        "Talks will go on next week: Kremlin\n\n"
        "Russian President Vladimir Putin met his Belarusian counterpart in Minsk on Tuesday, "
        "and the two leaders agreed to expand trade.\n\n"
        "\u201cWe will not bow to pressure,\u201d Putin told reporters after the meeting. "
        "He said that Moscow would respond to any new sanctions.\n\n"
        "According to the Ukrainian Foreign Ministry, three drones were shot down over Kharkiv "
        "last night. Kyiv accused Russian troops of shelling villages near the border."
    ),
    "collectives_and_igos": (
        "UN peacekeepers and Malian soldiers were attacked by rebels in northern Mali on 3 March 2024. "
        "NATO Secretary General Jens Stoltenberg condemned the attack, while the French and German "
        "governments called for an inquiry. Protesters gathered outside the US embassy in Bamako "
        "two days ago, the army said."
    ),
    "dates_and_places": (
        "The summit in Geneva, Switzerland, is planned for the first quarter of 2025. Japanese "
        "Prime Minister Fumio Kishida will travel to Washington in May, and Chinese officials "
        "said on Friday that a delegation from Beijing would visit Nairobi, Kenya, this summer. "
        "In the 1990s, the region saw fighting every winter."
    ),
}


def stage_outputs(doc) -> dict:
    """Every stage's records for one parsed document, as JSON-ready values."""
    from eventwire.actors import extract_actors
    from eventwire.dates import resolve_dates
    from eventwire.places import find_places
    from eventwire.quotes import extract_quotes

    actors, mentions = extract_actors(doc, {})
    countries = {actor.country for actor in actors if actor.country and actor.country != "IGO"}
    as_actor = [(mention.start, mention.end) for mention in mentions if mention.how in ACTOR_NOT_PLACE]
    outputs = {
        "actors": to_dict(actors),
        "mentions": to_dict(mentions),
        "quotes": to_dict(extract_quotes(doc, mentions)),
        "dates": to_dict(resolve_dates(doc, PUBLISHED)),
        "dates_unanchored": to_dict(resolve_dates(doc, None)),
        "places": to_dict(find_places(doc, context_countries=countries, skip_spans=as_actor)),
    }
    return json.loads(json.dumps(outputs))  # tuples -> lists, as in the pins file


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_stage_outputs_are_pinned(nlp, name):
    pinned = json.loads(PINS.read_text(encoding="utf-8"))[name]
    outputs = stage_outputs(nlp(TEXTS[name]))
    for stage, expected in pinned.items():
        assert outputs[stage] == expected, f"{name}: the {stage} stage's output changed"


def test_pinned_texts_exercise_every_stage():
    pinned = json.loads(PINS.read_text(encoding="utf-8"))
    for stage in ("actors", "mentions", "quotes", "dates", "dates_unanchored", "places"):
        assert sum(len(outputs[stage]) for outputs in pinned.values()) >= 2, stage


def test_words_answer_as_spacy_does(nlp):
    from eventwire.token_view import Words

    doc = nlp(TEXTS["headline_and_quotes"])
    words = Words(doc)
    assert len(words) == len(doc) and words.text == doc.text
    for word, token in zip(words, doc, strict=True):
        for attribute in ("text", "lower_", "lemma_", "pos_", "dep_", "ent_type_", "ent_iob_", "idx"):
            assert getattr(word, attribute) == getattr(token, attribute)
        assert word.whitespace_ == token.whitespace_ and word.head.i == token.head.i
        assert word.sent.start == token.sent.start  # not read in advance: asked of spaCy
    for start in range(0, len(doc), 3):
        for end in range(start, min(len(doc), start + 6) + 1):
            assert words.text_of(start, end) == doc[start:end].text
            assert words.span(start, end) == doc[start:end]


def test_table_cache_builds_once_and_survives_damage(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("EVENTWIRE_NO_CACHE", raising=False)
    calls = []

    def build():
        calls.append(1)
        return {"names": ("Goma", "Minsk")}

    assert table_cache.cached("demo", build, ["v1"]) == {"names": ("Goma", "Minsk")}
    assert table_cache.cached("demo", build, ["v1"]) == {"names": ("Goma", "Minsk")}
    assert len(calls) == 1  # the second answer came from disk
    (path,) = (tmp_path / "eventwire").glob("demo-*.pickle")
    path.write_bytes(b"truncated")
    assert table_cache.cached("demo", build, ["v1"]) == {"names": ("Goma", "Minsk")}
    assert len(calls) == 2  # a damaged file is rebuilt, not an error
    table_cache.cached("demo", build, ["v2"])  # new inputs: a new file replaces the stale one
    assert len(calls) == 3 and len(list((tmp_path / "eventwire").glob("demo-*.pickle"))) == 1
    assert pickle.loads(next((tmp_path / "eventwire").glob("demo-*.pickle")).read_bytes())
    monkeypatch.setenv("EVENTWIRE_NO_CACHE", "1")
    table_cache.cached("demo", build, ["v2"])
    assert len(calls) == 4


def test_table_cache_falls_back_when_it_cannot_write(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.delenv("EVENTWIRE_NO_CACHE", raising=False)
    assert table_cache.cached("demo", lambda: [1, 2], ["v1"]) == [1, 2]


def _regenerate() -> None:
    from eventwire.language import load_model

    nlp = load_model()
    pins = {name: stage_outputs(nlp(text)) for name, text in sorted(TEXTS.items())}
    PINS.write_text(json.dumps(pins, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {PINS}")


if __name__ == "__main__":
    sys.exit(_regenerate())
