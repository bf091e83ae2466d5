"""Floors for geoparsing on GeoVirus (all 229 articles; about 20 s of CPU with the model loaded)."""

from __future__ import annotations

import pytest

from conftest import shared_path
from eventwire.evaluate.places import Toponym, distance_km, load


def test_distance_is_great_circle():
    assert distance_km(0, 0, 0, 0) == 0
    assert distance_km(53.9, 27.56, 50.45, 30.52) == pytest.approx(433, abs=10)  # Minsk - Kyiv
    assert distance_km(0, 179.5, 0, -179.5) == pytest.approx(111, abs=2)  # across the antimeridian


def test_gold_offsets_are_zero_based_after_loading():
    articles = load(shared_path("gold/places/geovirus/GeoVirus.xml"), limit=20)
    toponyms = [(article.text, toponym) for article in articles for toponym in article.toponyms]
    assert toponyms and all(isinstance(toponym, Toponym) for _, toponym in toponyms)
    assert all(text[t.start : t.end] == t.name for text, t in toponyms)


@pytest.mark.gold
@pytest.mark.slow
def test_geovirus_floors(nlp):
    from eventwire.evaluate.places import evaluate

    report = evaluate(shared_path("gold/places/geovirus"), nlp=nlp)
    metrics = report.metrics
    # Measured: gold spans 0.812 (CamCoder 0.82, population baseline 0.80), resolved 0.935; end to
    # end recall 0.850, precision 0.978, accuracy over matched toponyms 0.864, over all gold 0.734.
    assert metrics["gold_acc@161"] >= 0.79
    assert metrics["gold_resolved"] >= 0.92
    assert metrics["e2e_recall"] >= 0.83
    assert metrics["e2e_precision"] >= 0.96
    assert metrics["e2e_acc@161_matched"] >= 0.84
    assert metrics["e2e_acc@161_all"] >= 0.71
    assert metrics["gold_median_km"] < 20
