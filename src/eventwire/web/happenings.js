// Happenings: events merged across reports (eventwire merge), so one shelling told by five
// outlets is one row that says how many mentions, documents and sources carried it.
import { h, clear, empty, quadChip, partyNames } from "./dom.js";
import { flags } from "./article.js";
import { api, problem, pager, go, choice, PAGE } from "./shared.js";
import { showEvent } from "./record.js";

const MIN_MENTIONS = [["2", "2+ mentions"], ["3", "3+ mentions"], ["5", "5+ mentions"]];

function filterForm(params, ontology) {
  const quads = ontology.quads.map((q) => [q.replace(/ /g, "-"), q]);
  const form = h("form", { class: "filters panel", id: "happening-filters" },
    h("label", {}, "Type", choice("type", Object.keys(ontology.types), params.get("type"))),
    h("label", {}, "Quad class", choice("quad", quads, params.get("quad"))),
    h("label", {}, "Reported", choice("min_mentions", MIN_MENTIONS, params.get("min_mentions"), "any (1+ mention)")),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", class: "secondary", onclick: () => go("happenings", {}) }, "Reset"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const chosen = {};
    for (const name of ["type", "quad", "min_mentions"]) if (form.elements[name].value) chosen[name] = form.elements[name].value;
    go("happenings", chosen);
  });
  return form;
}

/** The API filters happenings by types; a quad class is the list of its types. */
function typesOf(params, ontology) {
  if (params.get("type")) return params.get("type");
  const quad = (params.get("quad") || "").replace(/-/g, " ");
  if (!quad) return "";
  return Object.entries(ontology.types).filter(([, t]) => t.quad === quad).map(([name]) => name).join(",");
}

function countCell(value, label) {
  return h("span", { class: `count${value > 1 ? " many" : ""}`, title: label }, String(value));
}

function happeningTable(pageData, ontology, onOffset) {
  const rows = pageData.items.map((item) => h("tr", { class: "clickable", dataset: { happening: item.id, type: item.type },
    onclick: () => showEvent({ ...item, quad: (ontology.types[item.type] || {}).quad }, ontology) },
  h("td", { class: "date" }, item.date || h("span", { class: "muted" }, "undated")),
  h("td", {}, h("strong", {}, item.type), item.mode ? h("div", { class: "small muted" }, item.mode) : null,
    h("div", {}, quadChip((ontology.types[item.type] || {}).quad))),
  h("td", {}, partyNames(item.actor) || "—"),
  h("td", {}, partyNames(item.recipient) || "—"),
  h("td", { class: "small evidence" }, h("div", { class: "clamp" }, (item.evidence[0] || {}).sentence || ""), flags(item),
    item.evidence.length > 1 ? h("div", { class: "muted" }, `+ ${item.evidence.length - 1} more evidence sentence${item.evidence.length > 2 ? "s" : ""}`) : null),
  h("td", { class: "counts" }, countCell(item.mentions, "mentions: event records merged here"),
    countCell(item.documents, "documents reporting it"), countCell(item.sources, "distinct sources (outlets)")),
  h("td", { class: "small date" }, item.first_published || "—")));
  return h("div", {}, h("table", { id: "happenings-table" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Actor", "Recipient", "Evidence (first report)",
      h("span", { title: "mentions (event records merged) · documents · distinct sources" }, "Reports"), "First published"].map((name) => h("th", {}, name)))),
    h("tbody", {}, rows)), pager(pageData, onOffset));
}

export async function showHappenings(view, params, ontology) {
  const offset = Number(params.get("offset") || 0);
  const slot = h("div", { id: "happenings" }, h("div", { class: "muted" }, "Loading…"));
  view.append(h("h1", {}, "Happenings"),
    h("p", { class: "small muted intro" }, "Events merged across reports: the same type, parties, date and place told by several articles become one row. ",
      "Reports: mentions (event records merged) · documents · distinct sources; dark when above one. Rebuild with ", h("code", {}, "eventwire merge"), "."),
    filterForm(params, ontology), h("section", { class: "panel" }, slot));
  const query = { limit: PAGE, offset };
  const types = typesOf(params, ontology);
  if (types) query.type = types;
  if (params.get("min_mentions")) query.min_mentions = params.get("min_mentions");
  try {
    const pageData = await api(`/happenings?${new URLSearchParams(query)}`);
    clear(slot).appendChild(pageData.items.length ? happeningTable(pageData, ontology, (next) => go("happenings", { ...Object.fromEntries(params), offset: next }))
      : empty(params.toString() ? "No happening matches these filters." : "No happenings yet: run `eventwire merge` to merge stored events across reports."));
  } catch (error) {
    clear(slot).appendChild(problem(error));
  }
}
