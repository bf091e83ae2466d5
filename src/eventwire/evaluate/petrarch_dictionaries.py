"""The toy actor and agent dictionaries of PETRARCH2's unit tests, read as eventwire Actors.

Used only by the PETRARCH regression suite (eventwire.evaluate.petrarch): the toy states of the
test sentences (ARN Arnor, GON Gondor, ...) are known to no real-world lexicon, so they are loaded
as :class:`Actor` records and also looked up in the parse, as PETRARCH itself does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.cameo import load_cameo_table
from eventwire.records import Actor, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

NULL_CODES = {"---", "+++", "###"}  # the toy dictionary's "not an actor" codes


@dataclass(frozen=True, slots=True)
class ToyEntry:
    """An actor of the toy dictionary: its phrases and its codes, some limited to a date range."""

    phrases: tuple[tuple[tuple[str, ...], bool], ...]  # (words, last word exact?)
    codes: tuple[tuple[str, str, str], ...]  # (code, from YYYYMMDD, until YYYYMMDD)


@dataclass(frozen=True, slots=True)
class ToyAgent:
    """An agent noun of the toy dictionary ("president" -> GOV) with its plural."""

    words: tuple[str, ...]
    plural: tuple[str, ...]
    sector: str | None


def read_actor_dictionary(path: Path) -> list[ToyEntry]:
    """Entries of a PETRARCH actor dictionary: a name line, "+synonym" lines, "[CODE date]" blocks."""
    entries: list[tuple[list, list]] = []
    for line in _dictionary_lines(path):
        name, codes = line.split("[", 1)[0].strip(), re.findall(r"\[([^\]]*)\]", line)
        if name.startswith("+") and entries:
            entries[-1][0].append(_phrase(name[1:]))
        elif name:
            entries.append(([_phrase(name)], []))
        if codes and entries:
            entries[-1][1].extend(_code_block(block) for block in codes)
    return [ToyEntry(tuple(phrases), tuple(codes)) for phrases, codes in entries if codes]


def read_agent_dictionary(path: Path) -> list[ToyAgent]:
    """Agents ("PRESIDENT [~GOV]", "TROOPS {} [~MIL]"); macro lines with "!" are left out."""
    agents = []
    for line in _dictionary_lines(path):
        match = re.match(r"^([^\[{!]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*)\]", line)
        if not match:
            continue
        words = _phrase(match.group(1))[0]
        plural = _phrase(match.group(2))[0] if match.group(2) else (*words[:-1], words[-1] + "s")
        code = match.group(3).strip()
        sector = _plover_sector(code[1:4]) if code.startswith("~") else None
        agents.append(ToyAgent(words, plural, sector))
    return agents


def _dictionary_lines(path: Path) -> list[str]:
    """Lines without comments (``#`` to the end, ``<!-- ... -->`` blocks), blank ones dropped."""
    lines, in_comment = [], False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw
        if in_comment or line.lstrip().startswith("<!"):
            in_comment = "-->" not in line
            continue
        line = line.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


def _phrase(text: str) -> tuple[tuple[str, ...], bool]:
    words = tuple(word for word in re.split(r"[\s_]+", text.strip().lower()) if word)
    return words, text.strip().endswith("_")


def _code_block(block: str) -> tuple[str, str, str]:
    """ "HOBGOV 19950601 - 19990815", "HOB < 950601", "ZBW": a code and the dates it holds."""
    parts = block.split(None, 1)
    code = parts[0].split("/")[0].upper() if parts else "---"
    limit = parts[1].replace(" ", "") if len(parts) > 1 else ""
    dates = [_full_date(found) for found in re.findall(r"\d{6,8}", limit)]
    if limit.startswith("<") and dates:
        return code, "", dates[0]
    if limit.startswith(">") and dates:
        return code, dates[0], "99999999"
    if len(dates) == 2:
        return code, dates[0], dates[1]
    return code, "", "99999999"


def _full_date(value: str) -> str:
    return value if len(value) == 8 else "19" + value


def code_at(entry: ToyEntry, date: str) -> str | None:
    """The entry's code on a date: the first date-limited code that holds, else the open one."""
    limited = [code for code, start, end in entry.codes if (start, end) != ("", "99999999")]
    open_codes = [code for code, start, end in entry.codes if (start, end) == ("", "99999999")]
    for code, start, end in entry.codes:
        if code in limited and start <= date < end:
            return None if code in NULL_CODES else code
    chosen = open_codes[0] if open_codes else None
    return None if chosen in NULL_CODES else chosen


def _plover_sector(agent: str) -> str | None:
    reverse = {cameo: plover for plover, cameo in load_cameo_table()["agents"].items() if plover != "SOC"}
    return reverse.get(agent)


def toy_actor(code: str, name: str, aliases: Sequence[str] = ()) -> Actor:
    """An Actor for a toy CAMEO code: the first three letters are the country (or IGO + its
    organisation), the first later three-letter part that is a known agent the sector."""
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    igo = chunks[1] if chunks[0] == "IGO" and len(chunks) > 1 else None
    sector = next((found for chunk in chunks[1:] if (found := _plover_sector(chunk))), None)
    kind = "organisation" if igo or sector else "state"
    return Actor(f"toy:{code}", name, kind, country=chunks[0], sector=sector, igo=igo, aliases=list(aliases))


def known_actors(entries: Sequence[ToyEntry], date: str) -> dict[str, Actor]:
    """The toy dictionary as a registry snapshot on a date (id -> Actor)."""
    known: dict[str, Actor] = {}
    for entry in entries:
        code = code_at(entry, date)
        if code:
            names = [" ".join(words).title() for words, _ in entry.phrases]
            known.setdefault(f"toy:{code}", toy_actor(code, names[0], names[1:]))
    return known


def dictionary_actors(
    doc: Doc,
    entries: Sequence[ToyEntry],
    agents: Sequence[ToyAgent],
    date: str,
    actors: Sequence[Actor],
    mentions: Sequence[ActorMention],
) -> tuple[list[Actor], list[ActorMention]]:
    """The actor stage's mentions, overlaid with toy-dictionary matches (longest match first)."""
    found: dict[str, Actor] = {}
    spans: list[ActorMention] = []
    i = 0
    while i < len(doc):
        match = _match_entry(doc, i, entries, date)
        if match is None:
            i += 1
            continue
        end, code, name = match
        start, end, code = _with_agent(doc, i, end, code, agents)
        actor = toy_actor(code, name)
        found[actor.id] = actor
        spans.append(
            ActorMention(actor.id, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)
        )
        i = end
    kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in spans)]
    by_id = {actor.id: actor for actor in actors}
    merged = sorted([*kept, *spans], key=lambda mention: mention.start)
    used = {mention.actor_id for mention in merged}
    return [actor for ident, actor in {**by_id, **found}.items() if ident in used], merged


def _match_entry(doc: Doc, i: int, entries: Sequence[ToyEntry], date: str) -> tuple[int, str, str] | None:
    """The longest entry phrase at token i (a capitalised word starts it): end, code, name."""
    if not doc[i].text[:1].isupper():
        return None
    best: tuple[int, str, str] | None = None
    for entry in entries:
        code = code_at(entry, date)
        for words, exact in entry.phrases:
            end = _match_words(doc, i, words, exact)
            if code and end and (best is None or end > best[0]):
                best = (end, code, " ".join(entry.phrases[0][0]).title())
    return best


def _match_words(doc: Doc, i: int, words: Sequence[str], exact: bool) -> int | None:
    """End of the match of ``words`` at token i; the last word is a stem unless marked exact."""
    if i + len(words) > len(doc):
        return None
    for k, word in enumerate(words):
        token = doc[i + k].lower_
        last = k == len(words) - 1
        if token != word and not (last and not exact and len(word) >= 4 and token.startswith(word)):
            return None
    return i + len(words)


def _with_agent(
    doc: Doc, start: int, end: int, code: str, agents: Sequence[ToyAgent]
) -> tuple[int, int, str]:
    """Extend an actor match with an agent after it: "Arnor's police", "Gondor border police"."""
    after = end + 1 if end < len(doc) and doc[end].tag_ == "POS" else end
    for offset in (0, 1):  # one modifier may come between ("senior", "border")
        for agent in agents:
            for words in (agent.words, agent.plural):
                stop = _match_words(doc, after + offset, words, True)
                if stop and agent.sector:
                    return start, stop, _with_sector(code, agent.sector)
    return start, end, code


def _with_sector(code: str, sector: str) -> str:
    agent = load_cameo_table()["agents"].get(sector, "")
    return code[:3] + agent if len(code) == 3 else code
