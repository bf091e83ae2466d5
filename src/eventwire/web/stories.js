// Stories: stored documents grouped by topic (eventwire stories). Each story links to its
// articles and to the events dashboard filtered to it.
import { h, clear, empty } from "./dom.js";
import { api, problem, pager, go } from "./shared.js";

const STORY_PAGE = 50;

function dateRange(documents) {
  const dates = documents.map((d) => d.published).filter(Boolean).map((d) => d.slice(0, 10)).sort();
  if (!dates.length) return "dates unknown";
  return dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} – ${dates[dates.length - 1]}`;
}

function storyCard(story) {
  const documents = story.documents || [];
  const events = documents.reduce((sum, d) => sum + (d.events || 0), 0);
  return h("article", { class: "panel story", dataset: { story: story.id } },
    h("div", { class: "story-head" },
      h("h3", {}, story.title || story.id),
      h("a", { class: "button-link", href: `#/events?story=${encodeURIComponent(story.id)}` }, `${events} events ›`)),
    h("div", { class: "small muted" }, `${documents.length} document${documents.length === 1 ? "" : "s"} · ${dateRange(documents)}`),
    h("div", { class: "terms" }, (story.terms || []).map((term) => h("span", { class: "term" }, term))),
    h("ul", { class: "story-docs" }, documents.map((d) => h("li", {},
      h("span", { class: "small muted date" }, (d.published || "").slice(0, 10) || "undated"), " ",
      h("a", { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title || d.id),
      h("span", { class: "small muted" }, [d.source, `${d.events} events`].filter(Boolean).map((part) => ` · ${part}`).join(""))))));
}

export async function showStories(view, params) {
  const offset = Number(params.get("offset") || 0);
  const slot = h("div", { id: "stories" }, h("div", { class: "muted" }, "Loading…"));
  view.append(h("h1", {}, "Stories"),
    h("p", { class: "small muted intro" }, "Articles grouped by shared actors, places and words, largest story first. Regroup with ",
      h("code", {}, "eventwire stories"), "."), slot);
  try {
    const pageData = await api(`/stories?${new URLSearchParams({ limit: STORY_PAGE, offset })}`);
    clear(slot);
    if (!pageData.items.length) {
      slot.appendChild(empty("No stories yet: run `eventwire stories` to group the stored articles."));
      return;
    }
    slot.append(h("div", { class: "story-grid" }, pageData.items.map(storyCard)),
      pager(pageData, (next) => go("stories", { offset: next })));
  } catch (error) {
    clear(slot).appendChild(problem(error));
  }
}
