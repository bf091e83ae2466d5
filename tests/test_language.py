"""The language layer: stand-off annotations, paragraph breaks, language identification."""

from __future__ import annotations

from eventwire.language import annotations_from_doc, detect_language

TEXT = "Talks resume in Geneva\n\nThe delegations met on Monday. They will meet again in June."


def test_stand_off_annotations_point_back_into_the_text(nlp) -> None:
    doc = nlp(TEXT)
    annotations = annotations_from_doc(doc, model="test")
    assert [TEXT[s.start : s.end].strip() for s in annotations.sentences] == [
        "Talks resume in Geneva",
        "The delegations met on Monday.",
        "They will meet again in June.",
    ]
    for token in annotations.tokens:
        assert TEXT[token.start : token.end] == token.text
        sentence = annotations.sentences[token.sentence]
        assert sentence.start <= token.start < sentence.end
    assert any(TEXT[e.start : e.end] == "Geneva" for e in annotations.entities)
    assert annotations_from_doc(doc, with_tokens=False).tokens == []


def test_language_identification() -> None:
    assert detect_language("The minister said the talks would resume in Geneva next week.")[0] == "en"
    language, confidence = detect_language(
        "Der Minister sagte, die Gespräche würden nächste Woche fortgesetzt."
    )
    assert language == "de" and confidence > 0.9
