// The drawer for one event or one happening (an event merged across reports): who, whom, when,
// where, the trigger words and rule that coded it, and every evidence sentence.
import { h, quadChip, partyNames } from "./dom.js";
import { flags } from "./article.js";
import { openDrawer } from "./shared.js";

/** Mentions / documents / sources of a happening as one short phrase. */
export function reportCounts(happening) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [plural(happening.mentions, "mention"), plural(happening.documents, "document"), plural(happening.sources, "source")].join(" · ");
}

function evidenceBlock(ev, showDocument) {
  const source = ev.doc_id && showDocument
    ? h("div", { class: "small" }, h("a", { href: `#/doc/${encodeURIComponent(ev.doc_id)}` }, ev.doc_title || ev.doc_id))
    : null;
  return h("blockquote", {}, ev.sentence, source);
}

/** Open the drawer on an event (or happening) record and mark its triggers in the article, if shown. */
export function showEvent(event, ontology) {
  for (const node of document.querySelectorAll(".m.selected")) node.classList.remove("selected");
  const triggers = [...document.querySelectorAll(`.m[data-event="${CSS.escape(event.id)}"]`)];
  for (const node of triggers) node.classList.add("selected");
  if (triggers.length) triggers[0].scrollIntoView({ block: "center", behavior: "smooth" });
  const evidence = event.evidence || [];
  const merged = event.mentions !== undefined;
  const rules = evidence.flatMap((ev) => [
    h("dt", {}, "Trigger"), h("dd", { class: "trigger-words" }, (ev.triggers || []).join(" … ") || "—"),
    h("dt", {}, "Rule"), h("dd", { class: "rule" }, h("code", {}, ev.rule || "—"))]);
  openDrawer([
    h("h2", {}, merged ? "Happening (merged reports)" : "Event"),
    h("h1", {}, event.type, event.mode ? h("span", { class: "muted" }, ` / ${event.mode}`) : null, " ",
      quadChip(event.quad || (ontology.types[event.type] || {}).quad)),
    h("dl", { id: "event-record" },
      h("dt", {}, "Actor"), h("dd", {}, partyNames(event.actor) || "—"),
      h("dt", {}, "Recipient"), h("dd", {}, partyNames(event.recipient) || "—"),
      h("dt", {}, "Date"), h("dd", {}, event.date ? `${event.date} (${event.date_precision || "?"})` : "undated"),
      h("dt", {}, "Location"), h("dd", {}, event.location ? [event.location.name, event.location.country].filter(Boolean).join(", ") : "—"),
      merged ? [h("dt", {}, "Reported"), h("dd", { class: "report-counts" }, reportCounts(event))]
        : [h("dt", {}, "Score"), h("dd", {}, event.score ?? "—"), h("dt", {}, "Context"), h("dd", {}, (event.context || []).join(", ") || "—")],
      h("dt", {}, "Confidence"), h("dd", {}, event.confidence ?? "—"),
      h("dt", {}, "Flags"), h("dd", {}, flags(event).length ? flags(event) : "none"),
      ...rules),
    h("h2", {}, evidence.length > 1 ? `Evidence (${evidence.length} sentences)` : "Evidence"),
    evidence.map((ev) => evidenceBlock(ev, merged)),
    h("details", {}, h("summary", {}, "Full record (JSON)"), h("pre", { class: "json" }, JSON.stringify(event, null, 2)))]);
}
