"""Story grouping measured on ECB+ with BCubed precision, recall and F1 over documents.

ECB+ holds 43 topics, each with two look-alike happenings (two earthquakes, two
rehab check-ins): the ``*ecb.xml`` files report one, the ``*ecbplus.xml`` files
the other. A document's gold story is its topic plus that sub-topic. The corpus
comes as a tar.gz of token-per-element XML files; it is read in place, never
extracted. ECB+ texts carry no reliable dates, so grouping runs undated.

The ``ecbplus`` files open with their source URL (whose slug often names the
happening, and which only one sub-topic has): that line is dropped so the
grouping cannot score on it.
"""

from __future__ import annotations

import re
import tarfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from eventwire.evaluate import Report, f1
from eventwire.stories import (
    StoryInput,
    StorySettings,
    average_link,
    load_settings,
    neighbour_similarity,
    similar_pairs,
    tfidf_vectors,
)

ARCHIVE = "ECBplus_corpus.tar.gz"
_DOC_NAME = re.compile(r"(?P<topic>\d+)_(?P<number>\d+)(?P<sub>ecb|ecbplus)\.xml$")
_URL_LINE = re.compile(r"^\s*(https?|www)\s*[:.]", re.IGNORECASE)
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]'’]|n't|'s)")
_NO_SPACE_AFTER = re.compile(r"([(\[$]) ")

# The plain TF-IDF baseline: words and numbers, no name, title or lead weighting,
# clustered on direct cosine similarity only (no shared-neighbour blending).
BASELINE_WEIGHTS = {"word": 1.0, "name": 0.0, "number": 1.0, "title": 1.0, "lead": 0.0}
# Thresholds at which both systems are also scored (stability of the choice).
SWEEP = (0.08, 0.10, 0.12, 0.14, 0.16, 0.18, 0.20, 0.22, 0.25)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    doc: StoryInput
    story: str  # topic + sub-topic, e.g. "12/ecbplus"
    topic: str


def detokenise(tokens: Sequence[str]) -> str:
    """Join ECB+ tokens back into readable text (spaces before punctuation removed)."""
    text = " ".join(tokens).replace("`` ", '"').replace(" ''", '"')
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def parse_document(name: str, xml_bytes: bytes) -> GoldDocument | None:
    """One ECB+ XML file as a story input with its gold story (None for other files)."""
    match = _DOC_NAME.search(name)
    if not match:
        return None
    sentences: dict[int, list[str]] = defaultdict(list)
    for token in ET.fromstring(xml_bytes).iter("token"):
        sentences[int(token.get("sentence", "0"))].append(token.text or "")
    lines = [detokenise(sentences[key]) for key in sorted(sentences)]
    lines = [line for line in lines if not _URL_LINE.match(line)]
    doc_id = f"{match['topic']}_{match['number']}{match['sub']}"
    return GoldDocument(
        doc=StoryInput(id=doc_id, text="\n".join(lines)),
        story=f"{match['topic']}/{match['sub']}",
        topic=match["topic"],
    )


def read_corpus(gold: Path, topics: set[str] | None = None) -> list[GoldDocument]:
    """All ECB+ documents from the archive (optionally only some topics), in archive order."""
    archive = gold / ARCHIVE if gold.is_dir() else gold
    documents = []
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".xml"):
                continue
            handle = tar.extractfile(member)
            parsed = parse_document(member.name, handle.read()) if handle else None
            if parsed and (topics is None or parsed.topic in topics):
                documents.append(parsed)
    return documents


def bcubed(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> dict[str, float]:
    """BCubed precision, recall and F1 (Bagga & Baldwin 1998; Amigó et al. 2009).

    For each item: precision is the share of its predicted cluster that shares its
    gold class, recall the share of its gold class that is in its predicted
    cluster; both are averaged over items. Items must be the same in both maps.
    """
    if predicted.keys() != gold.keys():
        raise ValueError("predicted and gold clusterings must cover the same items")
    predicted_members = _members(predicted)
    gold_members = _members(gold)
    precision = recall = 0.0
    for item in predicted:
        same_cluster = predicted_members[predicted[item]]
        same_class = gold_members[gold[item]]
        overlap = len(same_cluster & same_class)
        precision += overlap / len(same_cluster)
        recall += overlap / len(same_class)
    count = len(predicted) or 1
    precision, recall = precision / count, recall / count
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}


def _members(assignment: Mapping[str, Hashable]) -> dict[Hashable, set[str]]:
    members: dict[Hashable, set[str]] = defaultdict(set)
    for item, label in assignment.items():
        members[label].add(item)
    return members


def similarity_graph(
    documents: Sequence[GoldDocument], settings: StorySettings
) -> dict[tuple[int, int], float]:
    """The pair similarities ``group_stories`` clusters (computed once, clustered at many thresholds)."""
    vectors = tfidf_vectors([item.doc for item in documents], settings)
    undated = [None] * len(documents)
    return neighbour_similarity(len(documents), similar_pairs(vectors, undated, settings), undated, settings)


def score_at(
    documents: Sequence[GoldDocument], graph: dict[tuple[int, int], float], threshold: float
) -> dict[str, float]:
    """BCubed figures (and the number of stories) of the clustering of ``graph`` at ``threshold``."""
    clusters = average_link(len(documents), graph, threshold)
    predicted = {
        documents[index].doc.id: number for number, cluster in enumerate(clusters) for index in cluster
    }
    figures = bcubed(predicted, {item.doc.id: item.story for item in documents})
    figures["stories"] = float(len(clusters))
    return figures


def baseline_settings(settings: StorySettings) -> StorySettings:
    """Plain TF-IDF over words and numbers with direct cosine similarity: what the gain is measured against.

    Average-link clustering is the same as ours.
    """
    return replace(settings, weights=dict(BASELINE_WEIGHTS), direct_share=1.0)


def evaluate(gold: Path, topics: set[str] | None = None, settings: StorySettings | None = None) -> Report:
    """BCubed P/R/F1 of story grouping on ECB+, with the plain TF-IDF baseline in the same run.

    The baseline is reported at our threshold and at its own best one on a grid
    (an upper bound for it: that choice looks at the gold). Details show both F1s
    across the grid, to show how stable the configured threshold is.
    ``topics`` restricts the run to some topic folders.
    """
    settings = settings or load_settings()
    documents = read_corpus(gold, topics)
    ours_graph = similarity_graph(documents, settings)
    base_graph = similarity_graph(documents, baseline_settings(settings))
    ours = score_at(documents, ours_graph, settings.threshold)
    sweep = [(t, score_at(documents, ours_graph, t), score_at(documents, base_graph, t)) for t in SWEEP]
    best_threshold, _, base_best = max(sweep, key=lambda row: row[2]["f1"])
    base = score_at(documents, base_graph, settings.threshold)
    metrics = {f"bcubed_{key}": value for key, value in ours.items() if key != "stories"}
    metrics |= {f"baseline_bcubed_{key}": value for key, value in base.items() if key != "stories"}
    metrics |= {f"baseline_best_bcubed_{key}": value for key, value in base_best.items() if key != "stories"}
    details = [
        f"  threshold {settings.threshold}: {int(ours['stories'])} stories found, "
        f"{len({item.story for item in documents})} in gold; baseline best at threshold {best_threshold}",
        *(
            f"  threshold {t:.2f}: F1 {mine['f1']:.3f} (baseline {theirs['f1']:.3f})"
            for t, mine, theirs in sweep
        ),
    ]
    return Report(name="stories", gold=str(gold), items=len(documents), metrics=metrics, details=details)
