"""Line-level rules for site chrome, read from ``data/chrome.yaml``.

This module judges one line on its own: does it read as a sentence of prose, and does a
chrome rule (a cookie notice, an icon-name run, a language switcher...) fire on it? The
structural rules that need the whole page (title, teaser blocks, duplicates) are in
:mod:`eventwire.chrome`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

TOKEN = re.compile(r"\S+")
# A sentence ends with . ! ? or … (then maybe closing quotes or brackets), or with a closing
# double quote. A single closing quote is not enough: headlines end with 'quoted words'.
TERMINAL = re.compile(r"""([.!?…]['"’”»)\]]*|[”"»])$""")
EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?-–—|•·*"


@lru_cache(maxsize=1)
def chrome_config() -> dict[str, Any]:
    """The raw contents of ``data/chrome.yaml``."""
    text = resources.files("eventwire").joinpath("data/chrome.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@dataclass(frozen=True, slots=True)
class Thresholds:
    prose_min_words: int
    prose_min_lowercase_words: int
    long_line_words: int
    body_start_min_words: int
    title_min_words: int
    title_max_words: int
    standfirst_min_words: int
    block_resume_min_words: int
    block_resume_single_words: int
    duplicate_window: int
    footer_max_words: int
    strong_rule_max_words: int
    icon_run_min: int
    icon_run_share: float
    menu_word_share: float
    long_menu_min_words: int
    long_menu_word_share: float


@dataclass(frozen=True, slots=True)
class LineRule:
    """A phrase rule from the YAML: patterns, the reason it reports, and its strength."""

    reason: str
    strong: bool
    max_words: int | None
    patterns: tuple[re.Pattern[str], ...]

    def fires(self, line: str, word_count: int) -> bool:
        if self.max_words is not None and word_count > self.max_words:
            return False
        return any(pattern.search(line) for pattern in self.patterns)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why a line is chrome; a strong verdict removes even a line that reads as prose."""

    reason: str
    strong: bool


@dataclass(frozen=True, slots=True)
class ChromeRules:
    thresholds: Thresholds
    line_rules: tuple[LineRule, ...]
    block_heading: re.Pattern[str]
    share_words: frozenset[str]
    navigation_words: frozenset[str]
    language_names: frozenset[str]
    switcher_min_scripts: int
    switcher_max_chars: int


def _line_rule(entry: dict[str, Any]) -> LineRule:
    flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
    for pattern in entry["patterns"]:
        if not isinstance(pattern, str):
            # A pattern ending in ":" reads as a YAML key: it must be written in quotes.
            raise ValueError(f"chrome.yaml, rule {entry['reason']!r}: quote the pattern {pattern!r}")
    return LineRule(
        reason=entry["reason"],
        strong=bool(entry.get("strong", False)),
        max_words=entry.get("max_words"),
        patterns=tuple(re.compile(pattern, flags) for pattern in entry["patterns"]),
    )


@lru_cache(maxsize=1)
def chrome_rules() -> ChromeRules:
    """The compiled rules (loaded once per process)."""
    config = chrome_config()
    headings = "|".join(f"(?:{heading})" for heading in config["block_headings"])
    menus = config["menu_words"]
    return ChromeRules(
        thresholds=Thresholds(**config["thresholds"]),
        line_rules=tuple(_line_rule(entry) for entry in config["line_rules"]),
        # One optional short word for the site's name may precede the heading ("RT Features").
        block_heading=re.compile(rf"^(\w{{1,6}}\s+)?({headings})\s*[:»>]?$", re.IGNORECASE),
        share_words=frozenset(str(word) for word in menus["share_buttons"]),
        navigation_words=frozenset(str(word) for word in menus["navigation"]),
        language_names=frozenset(str(name).lower() for name in config["language_names"]),
        switcher_min_scripts=int(config["language_switcher_min_scripts"]),
        switcher_max_chars=int(config["language_switcher_max_chars"]),
    )


def words(line: str) -> list[str]:
    """The line's words with edge punctuation stripped (empty tokens dropped)."""
    stripped = (token.strip(EDGE_PUNCTUATION) for token in TOKEN.findall(line))
    return [token for token in stripped if token]


def _lowercase_words(tokens: list[str]) -> int:
    return sum(1 for token in tokens if token[0].islower())


def reads_as_prose(line: str) -> bool:
    """Does the line read as a sentence (or paragraph) of an article's prose?

    A sentence ends with terminal punctuation and has a few lowercase words (the function
    words and verbs that headlines, labels and menus lack); a very long line with mostly
    lowercase words is prose even if its full stop was lost.
    """
    limits = chrome_rules().thresholds
    tokens = words(line)
    lowercase = _lowercase_words(tokens)
    if len(tokens) >= limits.long_line_words and lowercase * 2 >= len(tokens):
        return True
    ends_like_sentence = bool(TERMINAL.search(line.strip()))
    return (
        ends_like_sentence
        and len(tokens) >= limits.prose_min_words
        and lowercase >= limits.prose_min_lowercase_words
    )


def is_block_heading(line: str) -> bool:
    """Is the line a section heading that opens a block of teasers ("Top stories")?"""
    return bool(chrome_rules().block_heading.match(line.strip()))


def _scripts(text: str) -> set[str]:
    """The writing systems of the letters in ``text`` (LATIN, CYRILLIC, ARABIC...)."""
    names = (unicodedata.name(char, "") for char in text if char.isalpha())
    return {name.split()[0] for name in names if name}


def _share_of(tokens: list[str], vocabulary: frozenset[str]) -> float:
    return sum(1 for token in tokens if token.lower() in vocabulary) / len(tokens) if tokens else 0.0


def _structural_verdict(line: str, tokens: list[str], rules: ChromeRules) -> Verdict | None:
    """Rules about the make-up of a line rather than its wording."""
    limits = rules.thresholds
    icons = sum(1 for token in tokens if "icon" in token.lower())
    if icons >= limits.icon_run_min and icons >= limits.icon_run_share * len(tokens):
        return Verdict("icon-name run", strong=True)
    few_tokens = len(tokens) <= 3 or _share_of(tokens, rules.language_names) >= limits.menu_word_share
    if (
        len(line) <= rules.switcher_max_chars
        and few_tokens
        and len(_scripts(line)) >= rules.switcher_min_scripts
    ):
        return Verdict("language switcher (several scripts glued together)", strong=True)
    if len(tokens) >= 2 and _share_of(tokens, rules.language_names) >= limits.menu_word_share:
        return Verdict("language switcher", strong=False)
    if _share_of(tokens, rules.share_words) >= limits.menu_word_share:
        return Verdict("share buttons", strong=False)
    if len(tokens) >= 2 and _share_of(tokens, rules.navigation_words) >= limits.menu_word_share:
        return Verdict("navigation menu", strong=False)
    # "iPlayer" is a brand, not a lowercase word: only all-lowercase tokens count here.
    long_menu = len(tokens) >= limits.long_menu_min_words and not any(token.islower() for token in tokens)
    if long_menu and _share_of(tokens, rules.navigation_words) >= limits.long_menu_word_share:
        return Verdict("navigation menu", strong=False)
    return None


def line_verdict(line: str) -> Verdict | None:
    """The first chrome rule that fires on this line by itself, or None.

    A weak verdict on a line that reads as prose is dropped here: bias towards keeping.
    """
    rules = chrome_rules()
    text = line.strip()
    tokens = words(text)
    prose = reads_as_prose(text)
    strong_allowed = len(tokens) <= rules.thresholds.strong_rule_max_words
    verdict = _structural_verdict(text, tokens, rules)
    if verdict and (verdict.strong or not prose):
        return verdict
    for rule in rules.line_rules:
        if (not rule.strong and prose) or (rule.strong and not strong_allowed):
            continue
        if rule.fires(text, len(tokens)):
            return Verdict(rule.reason, rule.strong)
    return None
