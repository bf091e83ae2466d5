"""A known person named by a surname that starts with its particles: "von der Leyen" in mid-sentence,
"Von der Leyen" opening one."""

from __future__ import annotations

from tests.conftest import mentioned_actors

from eventwire.records import Actor


def actor_of(nlp, text: str, surface: str) -> Actor | None:
    return next((actor for said, actor in mentioned_actors(nlp, text) if said == surface), None)


def test_a_lower_case_particle_starts_a_known_surname(nlp):
    text = "The Kenyan president met von der Leyen in Brussels on Monday to discuss trade."
    actor = actor_of(nlp, text, "von der Leyen")
    assert actor is not None and actor.kind == "person" and actor.igo == "EU"


def test_a_sentence_opening_particle_starts_a_known_surname(nlp):
    text = "Von der Leyen pressed the visiting ministers to back the package."
    actor = actor_of(nlp, text, "Von der Leyen")
    assert actor is not None and actor.kind == "person" and actor.igo == "EU"


def test_an_unknown_particle_name_is_no_person(nlp):
    text = "The minister flew to Madrid and met officials from de Vries Holdings."
    assert all(actor.kind != "person" for _, actor in mentioned_actors(nlp, text))
