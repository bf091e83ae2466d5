"""Actor evaluation on the PLOVER gold standard records: the code that scores, and a floor."""

from __future__ import annotations

from tests.conftest import shared_path

from eventwire.evaluate.actors import best_mention, locate, normalise_code, normalise_sector
from eventwire.records import ActorMention


def test_old_codes_are_mapped():
    assert normalise_code("JAP") == "JPN"
    assert normalise_code("UNO") == "IGO"
    assert normalise_code("RUS") == "RUS"
    assert normalise_sector("CVLalb") == "CVL"
    assert normalise_sector("CIV") == "CVL"
    assert normalise_sector("***") is None


def test_locate_and_best_mention():
    text = "Border guards from Chile and Peru met on Monday."
    span = locate(text, "border guards .. Chile")
    assert text[span[0] : span[1]] == "Border guards"
    near = ActorMention("CHL-MIL", 0, 13, "Border guards")
    far = ActorMention("PER", 29, 33, "Peru")
    assert best_mention([far, near], span) is near
    assert best_mention([far], span) is None


def test_evaluation_floor(nlp):
    from eventwire.evaluate.actors import evaluate

    report = evaluate(shared_path("gold/events/plover_gsr_dev.json"), nlp=nlp)
    assert report.items > 200
    # Measured at the end of session 3: coverage 0.894, country 0.961, sector 0.844 (over resolved spans).
    assert report.metrics["coverage"] >= 0.86
    assert report.metrics["country_accuracy"] >= 0.93
    assert report.metrics["sector_accuracy"] >= 0.81
