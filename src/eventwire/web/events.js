// The events dashboard: filters, a timeline by quad class, the dyad network of states, a map
// and the table of event records, all over /stats and /events with the same filters.
import { h, clear, empty, quadChip, partyNames } from "./dom.js";
import { flags } from "./article.js";
import { timeline, network, map, countryNames } from "./charts.js";
import { api, problem, pager, go, choice, PAGE } from "./shared.js";

const FILTERS = ["story", "type", "quad", "actor_country", "recipient_country", "sector", "date_from", "date_to", "q", "include_negated", "sort"];
const SORTS = [["date", "date, oldest first"], ["-date", "date, newest first"], ["score", "score, conflict first"],
  ["-score", "score, cooperation first"], ["-confidence", "confidence, highest first"], ["type", "type"]];

function shorten(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function filterForm(params, { ontology, stories }) {
  const text = (name, label, placeholder, size = 8, hint = "") => h("label", { title: hint }, label,
    h("input", { name, value: params.get(name) || "", placeholder, size }));
  const storyOptions = stories.map((story) => [story.id, shorten(story.title || story.id, 48)]);
  const form = h("form", { class: "filters panel", id: "event-filters" },
    storyOptions.length ? h("label", {}, "Story", choice("story", storyOptions, params.get("story"), "all stories")) : null,
    h("label", {}, "Type", choice("type", Object.keys(ontology.types), params.get("type"))),
    h("label", {}, "Quad class", choice("quad", ontology.quads.map((q) => [q.replace(/ /g, "-"), q]), params.get("quad"))),
    text("actor_country", "Actor country", "RUS", 6, "ISO 3166 alpha-3 code, or IGO"),
    text("recipient_country", "Recipient country", "UKR", 6, "ISO 3166 alpha-3 code, or IGO"),
    text("sector", "Sector", "MIL", 5, "PLOVER sector: GOV, MIL, REB, ..."),
    text("date_from", "From", "2024-01-01", 10, "YYYY, YYYY-MM or YYYY-MM-DD"),
    text("date_to", "To", "2024-12-31", 10, "YYYY, YYYY-MM or YYYY-MM-DD"),
    text("q", "Evidence text", "sanctions", 14, "words in the evidence sentence"),
    h("label", {}, "Sort", h("select", { name: "sort" }, SORTS.map(([value, label]) => h("option", { value, selected: (params.get("sort") || "date") === value }, label)))),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "include_negated", checked: params.get("include_negated") === "true" }), "include negated"),
    h("div", { class: "buttons" }, h("button", { type: "submit" }, "Apply"),
      h("button", { type: "button", class: "secondary", onclick: () => go("events", {}) }, "Reset")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const chosen = {};
    for (const name of FILTERS) {
      const field = form.elements[name];
      if (!field) continue;
      let value = field.type === "checkbox" ? (field.checked ? "true" : "") : field.value.trim();
      if (name.endsWith("_country") || name === "sector") value = value.toUpperCase();
      if (value && !(name === "sort" && value === "date")) chosen[name] = value;
    }
    go("events", chosen);
  });
  return form;
}

function storyBanner(params, stories) {
  const id = params.get("story");
  if (!id) return null;
  const story = stories.find((s) => s.id === id);
  const rest = Object.fromEntries([...params].filter(([key]) => key !== "story" && key !== "offset"));
  return h("div", { class: "banner", id: "story-banner" }, "Events of the story ", h("strong", {}, story ? story.title : id),
    story ? ` (${story.doc_ids.length} document${story.doc_ids.length === 1 ? "" : "s"})` : "", " · ",
    h("a", { href: "#/stories" }, "all stories"), " · ", h("a", { href: "#", onclick: (e) => { e.preventDefault(); go("events", rest); } }, "show every story"));
}

export async function showEvents(view, params, context) {
  const filters = new URLSearchParams([...params].filter(([key, value]) => FILTERS.includes(key) && value));
  const offset = Number(params.get("offset") || 0);
  const slots = Object.fromEntries(["timeline", "network", "map", "table"].map((name) => [name, h("div", { id: name }, h("div", { class: "muted" }, "Loading…"))]));
  const tableTitle = h("h2", {}, "Event records");
  view.append(...[h("h1", {}, "Events"), storyBanner(params, context.stories), filterForm(params, context)].filter(Boolean),
    h("section", { class: "panel" }, h("h2", {}, "Events over time by quad class"), slots.timeline),
    h("div", { class: "grid2" },
      h("section", { class: "panel" }, h("h2", {}, "Dyads between countries"), slots.network),
      h("section", { class: "panel" }, h("h2", {}, "Where"), slots.map)),
    h("section", { class: "panel" }, tableTitle, slots.table));
  const statsFilters = new URLSearchParams([...filters].filter(([key]) => key !== "sort"));
  try {
    const [stats, pageData, names] = await Promise.all([
      api(`/stats?${statsFilters}`),
      api(`/events?${filters}&${new URLSearchParams({ limit: PAGE, offset })}`),
      countryNames(),
    ]);
    tableTitle.textContent = `Event records (${pageData.total})`;
    clear(slots.timeline).appendChild(timeline(stats));
    clear(slots.network).appendChild(network(stats, names, (d) => go("events", { ...Object.fromEntries(filters), actor_country: d.source, recipient_country: d.target })));
    clear(slots.table).appendChild(!pageData.total && !statsFilters.toString()
      ? empty("The store holds no events yet. Add articles with `eventwire run FILES` or POST /documents.")
      : eventTable(pageData, context.showEvent, (next) => go("events", { ...Object.fromEntries(filters), offset: next })));
    clear(slots.map).appendChild(await map(stats));
  } catch (error) {
    for (const slot of Object.values(slots)) clear(slot);
    slots.table.appendChild(problem(error));
  }
}

function eventTable(pageData, showEvent, onOffset) {
  if (!pageData.items.length) return empty("No events match these filters. Widen the dates, clear a filter, or tick “include negated”.");
  const rows = pageData.items.map((event) => h("tr", { class: "clickable", dataset: { event: event.id, type: event.type }, onclick: () => showEvent(event) },
    h("td", { class: "small date" }, event.date || h("span", { class: "muted" }, "undated")),
    h("td", {}, h("strong", {}, event.type), event.mode ? h("div", { class: "small muted" }, event.mode) : null, h("div", {}, quadChip(event.quad))),
    h("td", {}, partyNames(event.actor) || "—"),
    h("td", {}, partyNames(event.recipient) || "—"),
    h("td", { class: "small evidence" }, h("div", { class: "clamp" }, (event.evidence[0] || {}).sentence || ""), flags(event)),
    h("td", { class: "small doc" }, h("a", { href: `#/doc/${encodeURIComponent(event.doc_id)}`, onclick: (e) => e.stopPropagation(), class: "clamp", title: event.doc_title || event.doc_id }, event.doc_title || event.doc_id))));
  return h("div", { class: "table-wrap" }, h("table", { id: "events-table" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Actor", "Recipient", "Evidence", "Document"].map((name) => h("th", {}, name)))),
    h("tbody", {}, rows)), pager(pageData, onOffset));
}
