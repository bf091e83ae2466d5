"""'The fund' after the International Monetary Fund, 'the agency' after the atomic agency: the last word
of an international body's name refers back to it (roles.yaml igo_name_heads)."""

from __future__ import annotations

from tests.conftest import mentioned_ids


def test_the_fund_is_the_monetary_fund_named_before(nlp):
    text = (
        "The International Monetary Fund approved a $3 billion loan for Ghana on Friday. "
        "Ghana's finance minister welcomed the decision. The president praised the fund in a speech."
    )
    assert mentioned_ids(nlp, text, "the fund") == ["IGO:IMF"]


def test_the_agency_is_the_atomic_agency_named_before(nlp):
    text = (
        "The International Atomic Energy Agency said its inspectors were barred from the site. "
        "Tehran said it would retaliate against the agency."
    )
    assert mentioned_ids(nlp, text, "the agency") == ["IGO:IAEA"]


def test_a_national_court_named_last_keeps_the_court_national(nlp):
    text = (
        "The International Court of Justice heard the case last year. Kenya's High Court ruled on Monday. "
        "The court said the deployment was unlawful."
    )
    assert "IGO:ICJ" not in mentioned_ids(nlp, text, "The court")
