"""A surname that is also an organisation's name ("Wagner", "Hamas") stays part of the person's
name when the tagger reads the whole run as a person (eventwire.actor_names.name_run): no mention of
the organisation, and its country is not the person's."""

from __future__ import annotations

from tests.conftest import mentioned_actors

TEXT = (
    "BERLIN, May 6 (Wire) — Chancellor Klaus Weber hosted Foreign Minister Anna Maria Wagner of "
    'Austria on Friday. "We agree on most things," Maria Wagner told reporters after the meeting.'
)


def _people(nlp, text):
    return [(said, actor.kind, actor.country) for said, actor in mentioned_actors(nlp, text)]


def test_a_surname_named_like_an_armed_group_is_no_group(nlp):
    found = _people(nlp, TEXT)
    assert ("Foreign Minister Anna Maria Wagner of Austria", "person", "AUT") in found
    assert [kind for said, kind, _ in found if "Wagner" in said] == ["person", "person"]
    assert all(country != "RUS" for _, _, country in found)


def test_the_organisation_named_on_its_own_is_still_found(nlp):
    text = "BERLIN, May 6 (Wire) — Russia's Wagner Group denied the report on Friday."
    assert any(actor.name == "Wagner Group" for _, actor in mentioned_actors(nlp, text))
