// The article view: clean text with actors, quotes, dates, places and event triggers marked
// inline, built from character offsets as DOM nodes (never as markup).
import { h, empty, quadChip, partyNames } from "./dom.js";

/** The name to show for a quote's speaker: quotes store the speaker's actor id when it has one. */
export function speakerName(doc, quote) {
  if (!quote.speaker) return null;
  const actor = (doc.actors || []).find((a) => a.id === quote.speaker);
  return actor ? actor.name : quote.speaker;
}

/** Quotes that need a speaker badge: not those inside a longer quote by the same speaker
 * (the quoted phrase within a reported sentence), which would repeat the badge mid-sentence. */
export function badgedQuotes(quotes) {
  return quotes.filter((q) => !quotes.some((outer) => outer !== q && outer.start <= q.start && outer.end >= q.end
    && (outer.end - outer.start > q.end - q.start || outer.start < q.start) && outer.speaker === q.speaker));
}

/** Every marked span of a document: {start, end, kind, label, ref}. */
export function spansOf(doc) {
  const spans = [];
  const actorName = Object.fromEntries((doc.actors || []).map((a) => [a.id, a.name]));
  for (const m of doc.mentions || []) {
    spans.push({ start: m.start, end: m.end, kind: "actor", label: `${actorName[m.actor_id] || m.actor_id} (${m.how})`, ref: m });
  }
  for (const q of doc.quotes || []) {
    spans.push({ start: q.start, end: q.end, kind: "quote", label: `quote — ${speakerName(doc, q) || "speaker unknown"}${q.cue ? ` (${q.cue})` : ""}`, ref: q });
    if (q.speaker_start !== null && q.speaker_end !== null && q.speaker_start !== undefined) {
      spans.push({ start: q.speaker_start, end: q.speaker_end, kind: "speaker", label: "speaker", ref: q });
    }
  }
  for (const d of doc.dates || []) spans.push({ start: d.start, end: d.end, kind: "date", label: `date ${d.value || "(unanchored)"}`, ref: d });
  for (const p of doc.places || []) spans.push({ start: p.start, end: p.end, kind: "place", label: `${p.name}${p.country ? ", " + p.country : ""}`, ref: p });
  for (const event of doc.events || []) {
    for (const [start, end] of triggerOffsets(doc.text, event)) {
      spans.push({ start, end, kind: event.negated ? "trigger negated" : "trigger", label: `${event.type}${event.mode ? " / " + event.mode : ""}`, ref: event });
    }
  }
  return spans.filter((span) => span.end > span.start && span.start >= 0 && span.end <= doc.text.length);
}

/** Where an event's trigger words sit: searched inside its evidence sentence. */
export function triggerOffsets(text, event) {
  const found = [];
  for (const evidence of event.evidence || []) {
    const sentence = text.slice(evidence.start, evidence.end);
    let from = 0;
    for (const word of evidence.triggers || []) {
      const at = sentence.indexOf(word, from);
      if (at < 0) continue;
      found.push([evidence.start + at, evidence.start + at + word.length]);
      from = at + word.length;
    }
  }
  return found;
}

/** The text cut at every span boundary; each piece carries the spans that cover it. */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) { cuts.add(span.start); cuts.add(span.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    pieces.push({ start, end, covering: spans.filter((span) => span.start <= start && span.end >= end) });
  }
  return pieces;
}

export function renderArticle(doc, onEvent) {
  const container = h("div", { class: "article", id: "article-text" });
  const spans = spansOf(doc);
  const quoteStarts = new Map(badgedQuotes(doc.quotes || []).map((q) => [q.start, q]));
  for (const piece of segments(doc.text, spans)) {
    const quote = quoteStarts.get(piece.start);
    if (quote) {
      const name = speakerName(doc, quote);
      container.appendChild(h("span", { class: `quote-speaker${name ? "" : " unknown"}`, title: `speaker of the quote that follows${quote.cue ? ` (cue: ${quote.cue})` : ""}` }, name || "unattributed"));
      quoteStarts.delete(piece.start);
    }
    const textNode = doc.text.slice(piece.start, piece.end);
    if (!piece.covering.length) { container.appendChild(document.createTextNode(textNode)); continue; }
    const kinds = [...new Set(piece.covering.map((span) => span.kind))];
    const event = piece.covering.find((span) => span.kind.startsWith("trigger"));
    const quoteSpan = piece.covering.find((span) => span.kind === "quote");
    const node = h("span", {
      class: ["m", ...kinds].join(" "),
      title: piece.covering.map((span) => span.label).join(" · "),
      dataset: {
        start: String(piece.start),
        ...(event ? { event: event.ref.id } : {}),
        ...(quoteSpan ? { speaker: speakerName(doc, quoteSpan.ref) || "" } : {}),
      },
    }, textNode);
    if (event) node.addEventListener("click", () => onEvent(event.ref));
    container.appendChild(node);
  }
  return container;
}

export const LEGEND = [["actor", "actor"], ["quote", "quote"], ["speaker", "speaker"], ["date", "date"], ["place", "place"], ["trigger", "event trigger (click)"]];

export function legend() {
  return h("div", { class: "legend" }, LEGEND.map(([kind, label]) => h("span", {}, h("span", { class: `sw ${kind}` }), label)));
}

/** The side panel: lists of what was found, each item jumps to its place in the text. */
export function recordLists(doc, onEvent) {
  const lists = {
    events: inTextOrder(doc.events || []).map((event) => h("li", { class: "event-item", onclick: () => onEvent(event) },
      quadChip(event.quad), " ", h("strong", {}, event.type), event.mode ? ` / ${event.mode}` : "",
      h("div", { class: "small muted" }, `${partyNames(event.actor) || "?"} → ${partyNames(event.recipient) || "—"}`, flags(event)),
      h("div", { class: "small muted" }, `“${((event.evidence || [])[0] || {}).triggers?.join(" … ") || "?"}” · ${event.date || "undated"}`))),
    quotes: (doc.quotes || []).map((q) => h("li", { class: "quote-item", onclick: () => jumpTo(q.start) },
      h("strong", {}, speakerName(doc, q) || "unattributed"), h("span", { class: "muted" }, ` (${[q.cue, q.direct ? "direct" : "reported"].filter(Boolean).join(", ")})`),
      h("div", { class: "small" }, `“${q.text.slice(0, 160)}${q.text.length > 160 ? "…" : ""}”`))),
    actors: (doc.actors || []).map((a) => h("li", {}, h("strong", {}, a.name), " ",
      h("span", { class: "muted small" }, [a.kind, a.country, a.sector, a.role].filter(Boolean).join(" · ")))),
    dates: (doc.dates || []).map((d) => h("li", { onclick: () => jumpTo(d.start) }, d.text, " ",
      h("span", { class: "muted small" }, `→ ${d.value || "unanchored"} (${d.precision || "?"})`))),
    places: (doc.places || []).map((p) => h("li", { onclick: () => jumpTo(p.start) }, p.text, " ",
      h("span", { class: "muted small" }, [p.name, p.country, p.feature].filter(Boolean).join(" · ")))),
  };
  const body = h("div");
  const tabs = h("div", { class: "tabs" });
  const show = (name) => {
    for (const button of tabs.children) button.classList.toggle("on", button.dataset.tab === name);
    body.replaceChildren(lists[name].length ? h("ul", { class: "side-list" }, lists[name]) : empty(`No ${name} found in this document.`));
  };
  for (const name of Object.keys(lists)) {
    tabs.appendChild(h("button", { type: "button", dataset: { tab: name }, onclick: () => show(name) }, `${name} ${lists[name].length}`));
  }
  show("events");
  return h("div", {}, tabs, body);
}

function inTextOrder(events) {
  const at = (event) => ((event.evidence || [])[0] || {}).start ?? Infinity;
  return [...events].sort((a, b) => at(a) - at(b));
}

export function flags(event) {
  return ["negated", "future", "hypothetical", "historical"].filter((f) => event[f]).map((f) => h("span", { class: "flag" }, f));
}

function jumpTo(offset) {
  for (const node of document.querySelectorAll("#article-text .m")) node.classList.remove("selected");
  const target = [...document.querySelectorAll("#article-text .m")].find((node) => node.dataset.start === String(offset));
  if (target) { target.classList.add("selected"); target.scrollIntoView({ block: "center", behavior: "smooth" }); }
}
