"""BERT's uncased WordPiece tokenizer in plain Python, for the sentence-vector model.

all-MiniLM-L6-v2 reads the token ids of bert-base-uncased's vocabulary. This module reproduces what
the Hugging Face ``tokenizers`` pipeline of that model does (BertNormalizer with lower-casing and
accent stripping, BertPreTokenizer, WordPiece with ``##`` continuations, ``[CLS] ... [SEP]``), so the
runtime needs neither ``tokenizers`` nor the hub client it depends on. ``tests/test_type_model.py``
checks a few tricky cases; the ids were compared with ``tokenizers`` on every training sentence.

The vocabulary (``data/minilm_vocab.txt``, one token a line, line number = id) is the model's own,
Apache-2.0, taken from the tokenizer file that ships with the model.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

VOCAB_PATH = Path(__file__).parent / "data" / "minilm_vocab.txt"
MAX_CHARS_PER_WORD = 100
CONTINUATION = "##"


@lru_cache(maxsize=1)
def load_vocab() -> dict[str, int]:
    lines = VOCAB_PATH.read_text(encoding="utf-8").split("\n")
    return {token: index for index, token in enumerate(lines[:-1] if lines[-1] == "" else lines)}


def _is_control(char: str) -> bool:
    return char not in "\t\n\r" and unicodedata.category(char).startswith("C")


def _is_whitespace(char: str) -> bool:
    return char in " \t\n\r" or char.isspace()


def _is_punctuation(char: str) -> bool:
    return (char.isascii() and not char.isalnum() and char.isprintable() and char != " ") or (
        unicodedata.category(char).startswith("P")
    )


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


def normalize(text: str) -> str:
    """BertNormalizer: drop control characters, spaces for whitespace, CJK padded, accents off, lower."""
    chars = []
    for char in text:
        if char == "\x00" or char == "\ufffd" or _is_control(char):
            continue
        if _is_whitespace(char):
            chars.append(" ")
        elif _is_cjk(char):
            chars.append(f" {char} ")
        else:
            chars.append(char)
    decomposed = unicodedata.normalize("NFD", "".join(chars))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def pre_tokenize(text: str) -> list[str]:
    """Split on whitespace, and make every punctuation character a word of its own."""
    words: list[str] = []
    for chunk in text.split():
        current = ""
        for char in chunk:
            if _is_punctuation(char):
                if current:
                    words.append(current)
                words.append(char)
                current = ""
            else:
                current += char
        if current:
            words.append(current)
    return words


def word_pieces(word: str, vocab: dict[str, int]) -> list[int]:
    """Greedy longest-match-first pieces of one word; ``[UNK]`` for the whole word when it cannot."""
    if len(word) > MAX_CHARS_PER_WORD:
        return [vocab["[UNK]"]]
    pieces: list[int] = []
    start = 0
    while start < len(word):
        end = len(word)
        found = None
        while start < end:
            piece = word[start:end] if start == 0 else CONTINUATION + word[start:end]
            if piece in vocab:
                found = vocab[piece]
                break
            end -= 1
        if found is None:
            return [vocab["[UNK]"]]
        pieces.append(found)
        start = end
    return pieces


def encode(text: str, max_length: int = 256) -> list[int]:
    """Token ids of one sentence, ``[CLS]`` and ``[SEP]`` included, cut to ``max_length``."""
    vocab = load_vocab()
    ids: list[int] = []
    for word in pre_tokenize(normalize(text)):
        ids.extend(word_pieces(word, vocab))
    return [vocab["[CLS]"], *ids[: max_length - 2], vocab["[SEP]"]]
