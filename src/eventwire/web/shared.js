// What every page needs: the API client, error panels, paging, hash navigation, the side drawer.
import { h, append, clear } from "./dom.js";

export const PAGE = 25;
const drawer = () => document.getElementById("drawer");

export async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw Object.assign(new Error(body.error || `HTTP ${response.status}`), { hint: body.hint });
  return body;
}

export function problem(error) {
  return h("div", { class: "empty" }, h("strong", {}, error.message), error.hint ? h("div", { class: "small" }, error.hint) : null);
}

export function pager(pageData, onOffset) {
  const end = pageData.offset + pageData.items.length;
  return h("div", { class: "pager" },
    h("button", { type: "button", class: "secondary", disabled: pageData.offset === 0, onclick: () => onOffset(Math.max(0, pageData.offset - pageData.limit)) }, "‹ Previous"),
    `${pageData.offset + 1}–${end} of ${pageData.total}`,
    h("button", { type: "button", class: "secondary", disabled: pageData.next_offset === null, onclick: () => onOffset(pageData.next_offset) }, "Next ›"));
}

export function go(name, params) {
  const query = new URLSearchParams(params).toString();
  location.hash = `#/${name}${query ? "?" + query : ""}`;
}

/** Show nodes in the right-hand drawer (replacing what it held). */
export function openDrawer(children) {
  append(clear(document.getElementById("drawer-body")), children);
  drawer().hidden = false;
}

export function closeDrawer() {
  drawer().hidden = true;
  for (const node of document.querySelectorAll(".m.selected")) node.classList.remove("selected");
}

/** A <select> of options [value, label] (or plain values) with "any" first. */
export function choice(name, options, selected, anyLabel = "any") {
  return h("select", { name }, h("option", { value: "" }, anyLabel),
    options.map((o) => (Array.isArray(o) ? o : [o, o])).map(([value, label]) => h("option", { value, selected: selected === value }, label)));
}
