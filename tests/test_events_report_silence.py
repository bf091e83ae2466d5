"""A source's silence on an act tells nothing of it (session 18): "did not comment on the agreement"
is no refusal of the agreement, and the act it was about is not reported again. Whole pipeline
(``eventwire.code``) on sentences written for these tests."""

from __future__ import annotations

import eventwire


def types_of(text: str) -> list[str]:
    return [event.type for event in eventwire.code(text, published="2025-03-14").events]


def test_no_comment_on_an_accord_is_no_rejection():
    text = "Kenyan officials did not comment on the agreement with Uganda."
    assert "REJECT" not in types_of(text)


def test_declining_to_comment_on_a_pact_reports_no_pact():
    text = "The Kenyan foreign ministry declined to comment on the agreement with Uganda."
    assert types_of(text) == []


def test_a_remark_unmade_on_a_visit_is_not_the_visit():
    text = "Kenya has not commented on the visit of the Ugandan president."
    assert types_of(text) == []


def test_a_refused_accord_is_still_a_rejection():
    text = "Kenya did not accept the agreement with Uganda."
    assert "REJECT" in types_of(text)
