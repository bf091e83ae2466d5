"""Stories: group documents that report the same happening.

Each document becomes a sparse TF-IDF vector over its content words, the names it
capitalises, its numbers and (when the pipeline has coded them) its actors,
places and event types. Cosine similarities are computed through an inverted
index, only between documents whose dates are within a window (or unknown), and
documents are merged by average-link clustering above a threshold. Everything is
a pure function of the records passed in; weights and thresholds live in
``data/stories.yaml``.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

from eventwire.story_text import lead_text, text_terms

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class StoryInput:
    """What story grouping needs to know about one document."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date or datetime; None when unknown
    actors: tuple[str, ...] = ()  # actor ids coded in the document
    places: tuple[str, ...] = ()  # resolved place names
    event_types: tuple[str, ...] = ()  # PLOVER event types


@dataclass(frozen=True, slots=True)
class StorySettings:
    """Thresholds and weights (see ``data/stories.yaml`` for what each one does)."""

    threshold: float = 0.14
    weights: dict[str, float] = field(default_factory=lambda: {"word": 1.0, "name": 1.5, "number": 0.5})
    window_days: int = 14
    max_doc_share: float = 0.5
    min_docs_for_df_cut: int = 20
    min_pair_similarity: float = 0.05
    label_terms: int = 5
    lead_sentences: int = 2
    neighbours: int = 5
    direct_share: float = 0.5
    self_weight: float = 2.0

    def weight(self, kind: str) -> float:
        """The weight of one kind of term; a kind not listed does not count."""
        return self.weights.get(kind, 0.0)


@dataclass(slots=True)
class Story:
    """One happening: its stable id, its documents (earliest first) and a short label."""

    id: str
    doc_ids: list[str]
    title: str | None
    terms: list[str]


@lru_cache(maxsize=1)
def load_settings() -> StorySettings:
    """The settings shipped in ``eventwire/data/stories.yaml``."""
    raw = yaml.safe_load(resources.files("eventwire").joinpath("data/stories.yaml").read_text("utf-8"))
    return StorySettings(**raw)


# --- terms -------------------------------------------------------------------------------------


def document_terms(doc: StoryInput, settings: StorySettings) -> Vector:
    """Weighted, sub-linear term frequencies of one document (before IDF)."""
    counts = text_terms(doc.text)
    lead_weight = settings.weight("lead")
    if lead_weight:
        for term, count in text_terms(lead_text(doc.text, settings.lead_sentences)).items():
            counts[term] += count * lead_weight
    if doc.title:
        for term, count in text_terms(doc.title).items():
            counts[term] += count * settings.weight("title")
    for kind, values in (("actor", doc.actors), ("place", doc.places), ("event_type", doc.event_types)):
        for value in values:
            counts[f"{kind}:{value.lower()}"] += 1
    return {
        term: settings.weight(term.split(":", 1)[0]) * (1.0 + math.log(max(count, 1.0)))
        for term, count in counts.items()
        if settings.weight(term.split(":", 1)[0]) > 0
    }


def tfidf_vectors(docs: Sequence[StoryInput], settings: StorySettings) -> list[Vector]:
    """L2-normalised TF-IDF vectors, IDF taken over the documents given."""
    term_freqs = [document_terms(doc, settings) for doc in docs]
    doc_freq = Counter(term for freqs in term_freqs for term in freqs)
    total = len(docs)
    cut = settings.max_doc_share * total if total >= settings.min_docs_for_df_cut else math.inf
    idf = {term: math.log((1 + total) / (1 + df)) + 1.0 for term, df in doc_freq.items() if df <= cut}
    vectors = []
    for freqs in term_freqs:
        vector = {term: tf * idf[term] for term, tf in freqs.items() if term in idf}
        norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
        vectors.append({term: value / norm for term, value in vector.items()})
    return vectors


# --- similarity --------------------------------------------------------------------------------


def parse_day(published: str | None) -> date | None:
    """The calendar day of an ISO date or datetime string (None when missing or unreadable)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def similar_pairs(
    vectors: Sequence[Vector], days: Sequence[date | None], settings: StorySettings
) -> dict[tuple[int, int], float]:
    """Cosine similarities ``(i, j) -> s`` with i < j, s >= min_pair_similarity, dates within window.

    Dot products are accumulated through an inverted index that only holds earlier
    documents, so documents sharing no term cost nothing.
    """
    return _sparse_products(vectors, days, settings)


def _sparse_products(
    rows: Sequence[dict], days: Sequence[date | None], settings: StorySettings
) -> dict[tuple[int, int], float]:
    """Dot products between sparse rows (any hashable keys), kept when large enough and in window.

    Undated rows are indexed first and meet every row. Dated rows are indexed in
    date order, so each posting list is sorted by day and a dated row only walks
    the part of it inside its window: cost grows with the window, not the archive.
    """
    undated: dict[object, list[tuple[int, float]]] = defaultdict(list)
    dated: dict[object, list[tuple[int, float]]] = defaultdict(list)
    dated_days: dict[object, list[int]] = defaultdict(list)
    order = sorted(range(len(rows)), key=lambda index: (days[index] is not None, days[index] or date.min))
    pairs: dict[tuple[int, int], float] = {}
    for j in order:
        day = days[j].toordinal() if days[j] else None
        scores: dict[int, float] = defaultdict(float)
        for key, value in rows[j].items():
            for i, other in undated[key]:
                scores[i] += value * other
            if day is None:
                undated[key].append((j, value))
                continue
            entries = dated[key]
            start = bisect.bisect_left(dated_days[key], day - settings.window_days)
            for i, other in entries[start:]:
                scores[i] += value * other
            entries.append((j, value))
            dated_days[key].append(day)
        for i, score in scores.items():
            if score >= settings.min_pair_similarity:
                pairs[(min(i, j), max(i, j))] = score
    return pairs


def neighbour_similarity(
    size: int, pairs: dict[tuple[int, int], float], days: Sequence[date | None], settings: StorySettings
) -> dict[tuple[int, int], float]:
    """Blend direct similarity with shared-neighbour similarity.

    Each document is described by its similarities to its ``neighbours`` nearest
    documents (and ``self_weight`` to itself); two documents are alike in this
    second sense when their neighbourhoods overlap. Reports of one happening point
    to the same other reports, while a look-alike happening's reports point
    elsewhere, which separates them better than the words alone (they share the
    words). With a self weight of 2, two documents that only have each other score
    about their direct similarity, so small stories are judged as before.
    """
    if settings.direct_share >= 1.0:
        return pairs
    nearest: list[list[tuple[float, int]]] = [[] for _ in range(size)]
    for (i, j), score in pairs.items():
        nearest[i].append((score, j))
        nearest[j].append((score, i))
    rows: list[dict[int, float]] = [{index: settings.self_weight} for index in range(size)]
    for i, candidates in enumerate(nearest):
        for score, j in heapq.nlargest(settings.neighbours, candidates):
            rows[i][j] = rows[j][i] = score  # symmetric: a neighbour's neighbour list includes us
    for row in rows:
        norm = math.sqrt(sum(value * value for value in row.values()))
        for key in row:
            row[key] /= norm
    second = _sparse_products(rows, days, settings)
    direct_share = settings.direct_share
    blended = {
        key: direct_share * pairs.get(key, 0.0) + (1.0 - direct_share) * second.get(key, 0.0)
        for key in pairs.keys() | second.keys()
    }
    return {key: value for key, value in blended.items() if value >= settings.min_pair_similarity}


# --- clustering --------------------------------------------------------------------------------


def average_link(size: int, pairs: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Average-link agglomerative clustering over a sparse similarity graph.

    Pairs absent from ``pairs`` count as similarity 0. Repeatedly merges the two
    clusters with the highest mean pairwise similarity while it is >= threshold.
    """
    members: dict[int, list[int]] = {index: [index] for index in range(size)}
    links: dict[int, dict[int, float]] = {index: {} for index in range(size)}
    for (i, j), score in pairs.items():
        links[i][j] = score
        links[j][i] = score
    heap = [(-score, i, j) for (i, j), score in pairs.items() if score >= threshold]
    heapq.heapify(heap)
    next_id = size
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side was merged since this entry was pushed
        merged = members.pop(a) + members.pop(b)
        links_a, links_b = links.pop(a), links.pop(b)
        merged_links: dict[int, float] = {}
        for other in (links_a.keys() | links_b.keys()) - {a, b}:
            total = links_a.get(other, 0.0) + links_b.get(other, 0.0)
            other_links = links[other]
            other_links.pop(a, None)
            other_links.pop(b, None)
            other_links[next_id] = total
            merged_links[other] = total
            pair_count = len(merged) * len(members[other])
            if total / pair_count >= threshold:
                heapq.heappush(heap, (-total / pair_count, min(other, next_id), max(other, next_id)))
        members[next_id] = merged
        links[next_id] = merged_links
        next_id += 1
    return list(members.values())


# --- public API --------------------------------------------------------------------------------


def _chronological_key(doc: StoryInput) -> tuple[bool, str, str]:
    return (doc.published is None, doc.published or "", doc.id)


def cluster_documents(
    docs: Sequence[StoryInput], settings: StorySettings | None = None
) -> tuple[list[list[int]], list[Vector]]:
    """Clusters as lists of indices into ``docs`` (earliest first), with the documents' vectors."""
    settings = settings or load_settings()
    vectors = tfidf_vectors(docs, settings)
    days = [parse_day(doc.published) for doc in docs]
    pairs = neighbour_similarity(len(docs), similar_pairs(vectors, days, settings), days, settings)
    clusters = average_link(len(docs), pairs, settings.threshold)
    ordered = [sorted(cluster, key=lambda index: _chronological_key(docs[index])) for cluster in clusters]
    ordered.sort(key=lambda cluster: _chronological_key(docs[cluster[0]]))
    return ordered, vectors


def group_stories(docs: Sequence[StoryInput], settings: StorySettings | None = None) -> list[list[str]]:
    """Document ids grouped by happening; each group and the list of groups earliest first."""
    clusters, _ = cluster_documents(docs, settings)
    return [[docs[index].id for index in cluster] for cluster in clusters]


def story_id(first_doc_id: str) -> str:
    """A story's id: fixed by its earliest document, so it stays put as later reports join."""
    return "story-" + hashlib.sha1(first_doc_id.encode("utf-8")).hexdigest()[:12]


def story_terms(vectors: Iterable[Vector], count: int = 5) -> list[str]:
    """The heaviest terms of a story's summed TF-IDF vectors, names and words only, no repeats."""
    totals: Counter[str] = Counter()
    for vector in vectors:
        for term, value in vector.items():
            kind, _, text = term.partition(":")
            if kind in {"name", "word", "place", "actor"}:
                totals[text] += value
    chosen: list[str] = []
    for text, _ in totals.most_common():
        if any(text in picked.split() or picked in text.split() for picked in chosen):
            continue  # "reid" adds nothing next to "tara reid"
        chosen.append(text)
        if len(chosen) == count:
            break
    return chosen


def story_title(members: Sequence[StoryInput]) -> str | None:
    """The most common title among a story's documents (the earliest one on a tie)."""
    titles = Counter(doc.title.strip() for doc in members if doc.title and doc.title.strip())
    if not titles:
        return None
    best = max(titles.values())
    return next(doc.title.strip() for doc in members if doc.title and titles[doc.title.strip()] == best)


def build_stories(docs: Sequence[StoryInput], settings: StorySettings | None = None) -> list[Story]:
    """Stories with ids, documents and labels: what the store keeps."""
    settings = settings or load_settings()
    clusters, vectors = cluster_documents(docs, settings)
    stories = []
    for cluster in clusters:
        members = [docs[index] for index in cluster]
        stories.append(
            Story(
                id=story_id(members[0].id),
                doc_ids=[doc.id for doc in members],
                title=story_title(members),
                terms=story_terms((vectors[index] for index in cluster), settings.label_terms),
            )
        )
    return stories
