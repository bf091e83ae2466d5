"""Shared fixtures. Gold data lives in ../shared beside the project root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.actors import extract_actors
from eventwire.records import Actor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(relative: str) -> Path:
    """A path under ../shared. Under CI a missing one fails the test loudly; locally it skips."""
    path = SHARED / relative
    if not path.exists():
        message = f"gold data missing: {path} (../shared must sit beside the project root)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once for the whole test session."""
    from eventwire.language import load_model

    return load_model()


def mentioned_actors(nlp, text: str) -> list[tuple[str, Actor]]:
    """(mention text, actor) of every actor mention the actor stage finds in ``text``, in text order."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return [(mention.text, by_id[mention.actor_id]) for mention in mentions]


def mentioned_ids(nlp, text: str, words: str) -> list[str]:
    """Actor ids of the actor mentions whose text is exactly ``words``, in text order."""
    return [actor.id for said, actor in mentioned_actors(nlp, text) if said == words]


def mentioned_countries(nlp, text: str, words: str) -> list[str | None]:
    """Countries of the actor mentions whose text is exactly ``words``, in text order."""
    return [actor.country for said, actor in mentioned_actors(nlp, text) if said == words]
