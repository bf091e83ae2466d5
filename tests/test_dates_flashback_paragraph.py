"""A paragraph that opens on an earlier day ("On Monday, ...") dates the acts of its own paragraph,
not those of the paragraphs after it, which are back on the story's day; sentences written here
(eventwire.date_flashbacks)."""

from __future__ import annotations

import eventwire

PUBLISHED = "2025-03-14"  # a Friday: Tuesday is 2025-03-11, Monday 2025-03-10

STORY = (
    "Ghana and Togo signed a border accord on Tuesday during a visit to Accra by Togo's foreign minister.\n\n"
    "On Monday, his first evening in the city, the Togolese minister met Ghana's opposition leaders."
)


def _dates(text: str, event_type: str) -> list[str | None]:
    coded = eventwire.code(text, published=PUBLISHED)
    return [event.date for event in coded.events if event.type == event_type]


def test_a_later_paragraph_is_back_on_the_storys_day():
    text = STORY + (
        "\n\nThe two governments agreed to hold a meeting of their joint commission in Lome next year, "
        "and the Togolese minister invited his Ghanaian counterpart to visit Togo."
    )
    assert _dates(text, "CONSULT") == ["2025-03-10"]
    assert _dates(text, "AGREE") == ["2025-03-11", "2025-03-11"]


def test_the_flashbacks_own_paragraph_goes_on_in_its_day():
    text = STORY + " The Togolese minister invited them to visit Togo."
    assert _dates(text, "AGREE") == ["2025-03-10"]


def test_a_day_after_the_storys_is_no_flashback():
    text = (
        "Ghana and Togo signed a border accord on Monday during a visit to Accra by Togo's foreign minister.\n\n"
        "On Tuesday, his last evening in the city, the Togolese minister met Ghana's opposition leaders.\n\n"
        "The Togolese minister invited his Ghanaian counterpart to visit Togo."
    )
    assert _dates(text, "AGREE") == ["2025-03-11"]
