// eventwire's web UI: documents, an article view, and an events dashboard over the REST API.
// Routes live in the URL hash: #/documents?q=, #/doc/ID, #/events?type=...
import { h, clear, empty, marked, quadChip, partyNames } from "./dom.js";
import { renderArticle, legend, recordLists, flags } from "./article.js";
import { showEvents } from "./events.js";
import { api, problem, pager, go, choice, closeDrawer, PAGE } from "./shared.js";
import { showEvent as openEvent } from "./record.js";
import { showHappenings } from "./happenings.js";
import { showStories } from "./stories.js";

const view = document.getElementById("view");
let ontology = { quads: [], types: {} };
let stories = [];
const showEvent = (event) => openEvent(event, ontology);

function route() {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query);
  const [, name = "documents", ...rest] = path.split("/");
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === (name === "doc" ? "documents" : name));
  }
  closeDrawer();
  clear(view);
  window.scrollTo(0, 0);
  if (name === "doc") return showDocument(decodeURIComponent(rest.join("/")));
  if (name === "events") return showEvents(view, params, { ontology, stories, showEvent });
  if (name === "happenings") return showHappenings(view, params, ontology);
  if (name === "stories") return showStories(view, params);
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

/** A link to the page a document came from; a URL of any other scheme (javascript:, data:) stays text. */
function originalLink(url) {
  return /^https?:\/\//i.test(url) ? h("a", { href: url, rel: "noreferrer noopener", target: "_blank" }, "original") : h("span", { title: "not a web address, so not a link" }, url);
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
    h("div", { class: "small muted" }, meta, doc.url ? [" · ", originalLink(doc.url)] : null),
    h("div", { class: "article-layout" },
      h("section", { class: "panel" }, legend(), doc.text ? renderArticle(doc, showEvent) : empty("This document has no text.")),
      h("aside", { class: "panel" }, h("h2", {}, "Found in this article"), recordLists(doc, showEvent))));
}

async function start() {
  document.getElementById("drawer-close").addEventListener("click", closeDrawer);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeDrawer(); });
  window.addEventListener("hashchange", route);
  try {
    const [kinds, health, grouped] = await Promise.all([api("/ontology"), api("/health"), api("/stories?limit=500")]);
    ontology = kinds;
    stories = grouped.items;
    document.getElementById("status").textContent =
      `${health.counts.documents} documents · ${health.counts.events} events · ${health.counts.happenings ?? 0} happenings`;
  } catch (error) {
    document.getElementById("status").textContent = `API unavailable: ${error.message}`;
  }
  route();
}

start();
