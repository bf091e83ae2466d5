// eventwire's web UI: documents, an article view, and an events dashboard over the REST API.
// Routes live in the URL hash: #/documents?q=, #/doc/ID, #/events?type=...
import { h, append, clear, empty, marked, quadChip, partyNames } from "./dom.js";
import { renderArticle, legend, recordLists, flags } from "./article.js";
import { timeline, network, map } from "./charts.js";

const view = document.getElementById("view");
const drawer = document.getElementById("drawer");
const drawerBody = document.getElementById("drawer-body");
const PAGE = 25;
let ontology = { quads: [], types: {} };

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw Object.assign(new Error(body.error || `HTTP ${response.status}`), { hint: body.hint });
  return body;
}

function problem(error) {
  return h("div", { class: "empty" }, h("strong", {}, error.message), error.hint ? h("div", { class: "small" }, error.hint) : null);
}

function route() {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query);
  const [, name = "documents", ...rest] = path.split("/");
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === (name === "doc" ? "documents" : name));
  }
  closeDrawer();
  clear(view);
  if (name === "doc") return showDocument(decodeURIComponent(rest.join("/")));
  if (name === "events") return showEvents(params);
  return showDocuments(params);
}

// -- documents ----------------------------------------------------------------------

async function showDocuments(params) {
  const q = params.get("q") || "";
  const offset = Number(params.get("offset") || 0);
  const input = h("input", { type: "search", name: "q", value: q, placeholder: 'Search articles: words, "a phrase", sanction* …' });
  const form = h("form", { class: "searchbar", onsubmit: (e) => { e.preventDefault(); go("documents", { q: input.value }); } },
    input, h("button", { type: "submit" }, "Search"), q ? h("button", { type: "button", class: "secondary", onclick: () => go("documents", {}) }, "Clear") : null);
  const list = h("div", { class: "panel", id: "documents" }, h("div", { class: "muted" }, "Loading…"));
  view.append(h("h1", {}, "Documents"), form, list);
  try {
    const pageData = await api(`/documents?${new URLSearchParams({ ...(q ? { q } : {}), limit: PAGE, offset })}`);
    clear(list);
    if (!pageData.items.length) {
      list.appendChild(empty(q ? `No article matches “${q}”.` : "The store is empty. Add articles with `eventwire run FILES` or POST /documents."));
      return;
    }
    for (const doc of pageData.items) {
      list.appendChild(h("div", { class: "doc-item" },
        h("h3", {}, h("a", { href: `#/doc/${encodeURIComponent(doc.id)}` }, doc.title || doc.id)),
        h("div", { class: "small muted" }, [doc.published || "date unknown", doc.source, `${doc.events} events`, `${doc.quotes} quotes`].filter(Boolean).join(" · ")),
        h("div", { class: "small" }, doc.snippet ? marked(doc.snippet) : `${doc.lead}${doc.lead.length >= 240 ? "…" : ""}`)));
    }
    list.appendChild(pager(pageData, (next) => go("documents", { ...(q ? { q } : {}), offset: next })));
  } catch (error) {
    clear(list).appendChild(problem(error));
  }
}

function pager(pageData, onOffset) {
  const end = pageData.offset + pageData.items.length;
  return h("div", { class: "pager" },
    h("button", { type: "button", class: "secondary", disabled: pageData.offset === 0, onclick: () => onOffset(Math.max(0, pageData.offset - pageData.limit)) }, "‹ Previous"),
    `${pageData.offset + 1}–${end} of ${pageData.total}`,
    h("button", { type: "button", class: "secondary", disabled: pageData.next_offset === null, onclick: () => onOffset(pageData.next_offset) }, "Next ›"));
}

async function showDocument(id) {
  view.appendChild(h("div", { class: "muted" }, "Loading…"));
  let doc;
  try {
    doc = await api(`/documents/${encodeURIComponent(id)}`);
  } catch (error) {
    clear(view).appendChild(problem(error));
    return;
  }
  clear(view);
  const meta = [doc.published ? `published ${doc.published} (${doc.published_from})` : "publication date unknown", doc.source, doc.extractor && `extracted by ${doc.extractor}`].filter(Boolean).join(" · ");
  view.append(
    h("div", { class: "small" }, h("a", { href: "#/documents" }, "‹ Documents")),
    h("h1", { id: "doc-title" }, doc.title || doc.id),
    h("div", { class: "small muted" }, meta, doc.url ? [" · ", h("a", { href: doc.url, rel: "noreferrer noopener", target: "_blank" }, "original")] : null),
    h("div", { class: "article-layout" },
      h("section", { class: "panel" }, legend(), doc.text ? renderArticle(doc, showEvent) : empty("This document has no text.")),
      h("aside", { class: "panel" }, h("h2", {}, "Found in this article"), recordLists(doc, showEvent))));
}

// -- events dashboard ---------------------------------------------------------------

const FILTERS = ["type", "quad", "actor_country", "recipient_country", "sector", "date_from", "date_to", "q", "include_negated", "sort"];

function filterForm(params) {
  const select = (name, options, label) => h("label", {}, label,
    h("select", { name }, h("option", { value: "" }, "any"), options.map((o) => h("option", { value: o, selected: params.get(name) === o }, o))));
  const text = (name, label, placeholder, size = 8) => h("label", {}, label, h("input", { name, value: params.get(name) || "", placeholder, size }));
  const form = h("form", { class: "filters panel", id: "event-filters" },
    select("type", Object.keys(ontology.types), "Type"),
    select("quad", ontology.quads.map((q) => q.replace(/ /g, "-")), "Quad class"),
    text("actor_country", "Actor country", "RUS", 6),
    text("recipient_country", "Recipient country", "UKR", 6),
    text("sector", "Sector", "MIL", 5),
    text("date_from", "From", "2024-01-01", 10),
    text("date_to", "To", "2024-12-31", 10),
    text("q", "Evidence text", "sanctions", 14),
    select("sort", ["date", "-date", "score", "-score", "-confidence", "type"], "Sort"),
    h("label", {}, "Negated", h("input", { type: "checkbox", name: "include_negated", checked: params.get("include_negated") === "true" })),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", class: "secondary", onclick: () => go("events", {}) }, "Reset"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const chosen = {};
    for (const name of FILTERS) {
      const field = form.elements[name];
      const value = field.type === "checkbox" ? (field.checked ? "true" : "") : field.value.trim();
      if (value) chosen[name] = value;
    }
    go("events", chosen);
  });
  return form;
}

async function showEvents(params) {
  const filters = new URLSearchParams([...params].filter(([key, value]) => FILTERS.includes(key) && value));
  const offset = Number(params.get("offset") || 0);
  const slots = Object.fromEntries(["timeline", "network", "map", "table"].map((name) => [name, h("div", { id: name }, h("div", { class: "muted" }, "Loading…"))]));
  view.append(h("h1", {}, "Events"), filterForm(params),
    h("section", { class: "panel" }, h("h2", {}, "Events per day by quad class"), slots.timeline),
    h("div", { class: "grid2" },
      h("section", { class: "panel" }, h("h2", {}, "Dyads between states"), slots.network),
      h("section", { class: "panel" }, h("h2", {}, "Where"), slots.map)),
    h("section", { class: "panel" }, h("h2", {}, "Event records"), slots.table));
  const statsFilters = new URLSearchParams([...filters].filter(([key]) => key !== "sort"));
  try {
    const [stats, pageData] = await Promise.all([
      api(`/stats?${statsFilters}`),
      api(`/events?${filters}&${new URLSearchParams({ limit: PAGE, offset })}`),
    ]);
    clear(slots.timeline).appendChild(timeline(stats));
    clear(slots.network).appendChild(network(stats, (d) => go("events", { ...Object.fromEntries(filters), actor_country: d.source, recipient_country: d.target })));
    clear(slots.table).appendChild(eventTable(pageData, (next) => go("events", { ...Object.fromEntries(filters), offset: next })));
    clear(slots.map).appendChild(await map(stats));
  } catch (error) {
    for (const slot of Object.values(slots)) clear(slot);
    slots.table.appendChild(problem(error));
  }
}

function eventTable(pageData, onOffset) {
  if (!pageData.items.length) return empty("No events match these filters. Widen the dates, clear a filter, or tick “Negated”.");
  const rows = pageData.items.map((event) => h("tr", { class: "clickable", dataset: { event: event.id, type: event.type }, onclick: () => showEvent(event) },
    h("td", { class: "small" }, event.date || h("span", { class: "muted" }, "undated")),
    h("td", {}, h("strong", {}, event.type), event.mode ? h("div", { class: "small muted" }, event.mode) : null),
    h("td", {}, quadChip(event.quad)),
    h("td", {}, partyNames(event.actor) || "—"),
    h("td", {}, partyNames(event.recipient) || "—"),
    h("td", { class: "small" }, (event.evidence[0] || {}).sentence || "", flags(event)),
    h("td", { class: "small" }, h("a", { href: `#/doc/${encodeURIComponent(event.doc_id)}`, onclick: (e) => e.stopPropagation() }, event.doc_title || event.doc_id))));
  return h("div", {}, h("table", { id: "events-table" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Quad", "Actor", "Recipient", "Evidence", "Document"].map((name) => h("th", {}, name)))),
    h("tbody", {}, rows)), pager(pageData, onOffset));
}

// -- one event ------------------------------------------------------------------------

function showEvent(event) {
  for (const node of document.querySelectorAll(".m.selected")) node.classList.remove("selected");
  for (const node of document.querySelectorAll(`.m[data-event="${CSS.escape(event.id)}"]`)) node.classList.add("selected");
  const evidence = event.evidence || [];
  append(clear(drawerBody), [
    h("h2", {}, "Event"),
    h("h1", {}, event.type, event.mode ? h("span", { class: "muted" }, ` / ${event.mode}`) : null, " ", quadChip(event.quad || (ontology.types[event.type] || {}).quad)),
    h("dl", { id: "event-record" },
      h("dt", {}, "Actor"), h("dd", {}, partyNames(event.actor) || "—"),
      h("dt", {}, "Recipient"), h("dd", {}, partyNames(event.recipient) || "—"),
      h("dt", {}, "Date"), h("dd", {}, event.date ? `${event.date} (${event.date_precision || "?"})` : "undated"),
      h("dt", {}, "Location"), h("dd", {}, event.location ? [event.location.name, event.location.country].filter(Boolean).join(", ") : "—"),
      h("dt", {}, "Score"), h("dd", {}, event.score ?? "—"),
      h("dt", {}, "Confidence"), h("dd", {}, event.confidence),
      h("dt", {}, "Context"), h("dd", {}, (event.context || []).join(", ") || "—"),
      h("dt", {}, "Flags"), h("dd", {}, flags(event).length ? flags(event) : "none"),
      ...evidence.flatMap((ev) => [h("dt", {}, "Trigger"), h("dd", { class: "trigger-words" }, (ev.triggers || []).join(", ") || "—"),
        h("dt", {}, "Rule"), h("dd", { class: "rule" }, h("code", {}, ev.rule || "—"))])),
    evidence.map((ev) => h("blockquote", {}, ev.sentence)),
    h("details", {}, h("summary", {}, "Full record (JSON)"), h("pre", { class: "json" }, JSON.stringify(event, null, 2)))]);
  drawer.hidden = false;
}

function closeDrawer() {
  drawer.hidden = true;
}

function go(name, params) {
  const query = new URLSearchParams(params).toString();
  location.hash = `#/${name}${query ? "?" + query : ""}`;
}

async function start() {
  document.getElementById("drawer-close").addEventListener("click", closeDrawer);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeDrawer(); });
  window.addEventListener("hashchange", route);
  try {
    ontology = await api("/ontology");
    const health = await api("/health");
    document.getElementById("status").textContent = `${health.counts.documents} documents · ${health.counts.events} events`;
  } catch (error) {
    document.getElementById("status").textContent = `API unavailable: ${error.message}`;
  }
  route();
}

start();
