"""Strip site chrome from text that was flattened from a web page.

:func:`clean_text` keeps the article's body, finds its title and the publication date the page
states, and reports every line it removed with the rule that fired. It works line by line:

1. Line rules (:mod:`eventwire.chrome_rules`, wording in ``data/chrome.yaml``): cookie notices,
   icon-name runs, audio timings, language switchers... A *weak* rule never removes a line that
   reads as prose; a *strong* one (cookie, copyright, "READ MORE:") does.
2. The body starts at the first line that reads as prose. The lines above it are the *head*:
   the title, a standfirst, and breadcrumbs, datelines, bylines and photo credits.
3. Title (when the caller gives none): a headline-like line (short, no full stop) in the head.
   A line repeated in the head is the title; else, when a dateline or breadcrumb separates
   headline-like lines, the first one below it (those above are teasers for other stories);
   else the first headline-like line. Its copies are removed as duplicates of the title.
4. In the body, a section heading such as "Top stories" or "Podcasts" opens a block of teasers
   that lasts until the article's prose comes back.
5. A line repeating one of the lines just before it, or repeated at the start of the next
   one, is a teaser duplicate; short non-prose lines after the last paragraph are footer.

The hard rule: a sentence of the article's prose is never dropped by a weak cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.chrome_rules import (
    Thresholds,
    chrome_rules,
    is_block_heading,
    line_verdict,
    reads_as_prose,
    words,
)
from eventwire.records import Cleaned, RemovedLine
from eventwire.textdate import date_line, dateline_rules, find_dateline

TITLE_SEPARATORS = re.compile(r"\s+[|–—:-]\s+")
NORMALISE_DROP = re.compile(r"[^\w\s]")
# "Europe | War in the East", "Title | Site": a headline does not contain these.
CRUMB_SEPARATOR = re.compile(r"\s[|›»]\s")


@dataclass(slots=True)
class Line:
    """One non-blank input line and what the cleaner decided about it."""

    index: int
    text: str
    prose: bool
    removed: str | None = None

    @property
    def kept(self) -> bool:
        return self.removed is None

    def remove(self, reason: str) -> None:
        """Record the first reason only: the most specific rule runs first."""
        if self.removed is None:
            self.removed = reason


def normalised(text: str) -> str:
    """Casefolded text without punctuation or repeated spaces, for comparing lines."""
    return " ".join(NORMALISE_DROP.sub(" ", text.casefold()).split())


def _is_date_line(text: str) -> bool:
    return date_line(text, dateline_rules().max_words_besides_date) is not None


def _read_lines(text: str) -> list[Line]:
    lines = []
    for index, raw in enumerate(text.splitlines()):
        stripped = raw.strip()
        if stripped:
            lines.append(Line(index=index, text=stripped, prose=reads_as_prose(stripped)))
    return lines


def _apply_line_rules(lines: list[Line]) -> None:
    for line in lines:
        verdict = line_verdict(line.text)
        if verdict:
            line.remove(verdict.reason)
        elif not line.prose and _is_date_line(line.text):
            line.remove("dateline or timestamp")


def _body_start(lines: list[Line], limits: Thresholds) -> int:
    """Position (in ``lines``) of the article's first sentence; len(lines) when there is none."""
    for position, line in enumerate(lines):
        if line.kept and line.prose and len(words(line.text)) >= limits.body_start_min_words:
            return position
    return len(lines)


def _headline_like(line: Line, limits: Thresholds) -> bool:
    """Short, no full stop, not a sentence, not a date: what a headline looks like."""
    count = len(words(line.text))
    return (
        line.kept
        and not line.prose
        and limits.title_min_words <= count <= limits.title_max_words
        and not line.text.endswith(".")
        and any(char.isupper() for char in line.text)
        and not _is_date_line(line.text)
        and not is_block_heading(line.text)
        and not CRUMB_SEPARATOR.search(line.text)
    )


def _is_separator(line: Line) -> bool:
    """A dateline or breadcrumb: below it, a page shows the article; above it, other stories."""
    return (line.removed or "").startswith(("dateline", "breadcrumb", "navigation"))


def _choose_title_line(head: list[Line], limits: Thresholds) -> Line | None:
    """The head line that is the article's headline (see the module docstring, step 3)."""
    candidates = [line for line in head if _headline_like(line, limits)]
    if not candidates:
        return None
    seen: dict[str, Line] = {}
    repeated: list[Line] = []
    for line in candidates:
        key = normalised(line.text)
        if key in seen:
            repeated.append(seen[key])
        seen.setdefault(key, line)
    if repeated:
        return repeated[-1]
    # The last separator with headline-like lines on both sides: teasers above, the title below.
    for separator in reversed([line.index for line in head if _is_separator(line)]):
        below = [line for line in candidates if line.index > separator]
        if below and candidates[0].index < separator:
            return below[0]
    return candidates[0]


def _matches_title(text: str, title: str) -> bool:
    """The line is the title, or the title with the site's name ("Title | Site"), or vice versa."""
    line_key, title_key = normalised(text), normalised(title)
    if not line_key or not title_key:
        return False
    if line_key == title_key:
        return True
    line_parts = [normalised(part) for part in TITLE_SEPARATORS.split(text)]
    title_parts = [normalised(part) for part in TITLE_SEPARATORS.split(title)]
    return line_parts[0] == title_key or title_parts[0] == line_key


def _clean_head(head: list[Line], title: str | None, limits: Thresholds) -> str | None:
    """Find the title among the head lines and remove what is chrome there; return the title."""
    title_line = None if title else _choose_title_line(head, limits)
    if title_line:
        title = title_line.text
        title_line.remove("title (kept as the document's title)")
    title_lines = [line for line in head if title and line.kept and _matches_title(line.text, title)]
    for line in title_lines:
        line.remove("duplicate of the title")
    first_title_index = min(
        [line.index for line in [*title_lines, title_line] if line is not None], default=None
    )
    for line in head:
        if not line.kept or line.prose:
            continue
        before_title = first_title_index is not None and line.index < first_title_index
        if before_title and _headline_like(line, limits):
            line.remove("teaser headline before the title")
        elif before_title:
            line.remove("navigation before the title")
        elif len(words(line.text)) < limits.standfirst_min_words:
            line.remove("short line between the title and the body (breadcrumb, byline or credit)")
    return title


def _clean_after_standfirst(body: list[Line], limits: Thresholds) -> None:
    """Bylines and credits between the first sentence (often a standfirst) and the next one."""
    for line in body[1:]:
        if line.prose:
            return
        if line.kept and len(words(line.text)) < limits.standfirst_min_words:
            line.remove("short line between the standfirst and the body (byline, date or credit)")


def _prose_resumes(body: list[Line], position: int, limits: Thresholds) -> bool:
    """Has the article's prose come back after a block of teasers?"""
    line = body[position]
    if not (line.kept and line.prose):
        return False
    count = len(words(line.text))
    if count >= limits.block_resume_single_words:
        return True
    following = body[position + 1] if position + 1 < len(body) else None
    return count >= limits.block_resume_min_words and following is not None and following.prose


def _clean_blocks(body: list[Line], limits: Thresholds) -> None:
    """Remove the teasers under section headings such as "Top stories" (step 4)."""
    heading: str | None = None
    for position, line in enumerate(body):
        if is_block_heading(line.text) and not line.prose:
            heading = line.text
            line.remove(f"section heading '{heading}' (opens a block of teasers)")
        elif heading is not None and _prose_resumes(body, position, limits):
            heading = None
        elif heading is not None:
            line.remove(f"teaser after '{heading}'")


def _is_doubled(text: str) -> bool:
    """Link text glued to itself: "Some headline Some headline"."""
    tokens = text.split()
    half = len(tokens) // 2
    return len(tokens) >= 4 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]


def _clean_duplicates(lines: list[Line], limits: Thresholds) -> None:
    """Teaser duplicates: a line repeated within a few lines, or repeated inside the next line."""
    for position, line in enumerate(lines):
        if not line.kept:
            continue
        key = normalised(line.text)
        earlier = [
            normalised(other.text) for other in lines[max(0, position - limits.duplicate_window) : position]
        ]
        following = normalised(lines[position + 1].text) if position + 1 < len(lines) else ""
        if key in earlier:
            line.remove("repeated line (teaser duplicate)")
        elif line.prose:
            continue
        elif len(key.split()) >= limits.title_min_words and following.startswith(key + " "):
            line.remove("teaser duplicate (repeated at the start of the next line)")
        elif _is_doubled(line.text):
            line.remove("teaser text doubled")


def _clean_footer(lines: list[Line], limits: Thresholds) -> None:
    """Short lines that are not prose after the article's last sentence (step 5)."""
    last_prose = max(
        (position for position, line in enumerate(lines) if line.kept and line.prose), default=None
    )
    if last_prose is None:
        return
    for line in lines[last_prose + 1 :]:
        if line.kept and not line.prose and len(words(line.text)) <= limits.footer_max_words:
            line.remove("footer after the article's last paragraph")


def clean_text(text: str, title: str | None = None) -> Cleaned:
    """The article body of a flattened web page, its title, its stated date and what was removed.

    ``title`` is the title the source gave, if any; it is then not searched for, only its
    copies are removed. The body's paragraphs (one per kept line) are joined by blank lines.
    """
    limits = chrome_rules().thresholds
    lines = _read_lines(text)
    _apply_line_rules(lines)
    start = _body_start(lines, limits)
    head, body = lines[:start], lines[start:]
    published = find_dateline(
        text.splitlines(),
        body[0].index if body else None,
        {line.index for line in lines if line.prose},
    )
    found_title = _clean_head(head, title.strip() if title else None, limits)
    _clean_after_standfirst(body, limits)
    _clean_blocks(body, limits)
    _clean_duplicates(lines, limits)
    _clean_footer(lines, limits)
    return Cleaned(
        text="\n\n".join(line.text for line in lines if line.kept),
        title=found_title or None,
        published=published,
        published_from="text" if published else "unknown",
        extractor="text",
        removed=[
            RemovedLine(line.index + 1, line.text, line.removed or "") for line in lines if not line.kept
        ],
    )
