// DOM helpers. Text from the store only ever becomes a text node or an attribute value:
// nothing here parses markup, so an article holding <script> shows as text.

export const SVG_NS = "http://www.w3.org/2000/svg";

/** h("a", {href: "#", class: "x", onclick: fn}, "text", child) -> an element. */
export function h(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** s("circle", {cx: 1}) -> an SVG element. */
export function s(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    // Through the CSSOM: the page's Content-Security-Policy forbids inline style attributes.
    else if (key === "style") node.style.cssText = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function empty(message) {
  return h("div", { class: "empty" }, message);
}

/** Split text on the search snippet marks (\x02 ... \x03) into text and <mark> nodes. */
export function marked(snippet) {
  const parts = [];
  let open = false;
  for (const piece of String(snippet).split(/([\x02\x03])/)) {
    if (piece === "\x02") open = true;
    else if (piece === "\x03") open = false;
    else if (piece) parts.push(open ? h("mark", {}, piece) : piece);
  }
  return parts;
}

export function quadChip(quad) {
  if (!quad) return h("span", { class: "muted" }, "—");
  return h("span", { class: `chip q-${quad.replace(/ /g, "-")}` }, quad);
}

export function partyNames(actors) {
  return (actors || []).map((a) => a.country && a.kind !== "state" ? `${a.name} (${a.country})` : a.name).join(", ");
}

/** A colour for a PLOVER score: red for conflict (-10), grey at 0, blue for cooperation (+10). */
export function scoreColour(score) {
  if (score === null || score === undefined) return "#8a94a3";
  const t = Math.max(-1, Math.min(1, score / 10));
  const grey = [160, 166, 176];
  const end = t < 0 ? [200, 55, 45] : [31, 95, 191];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgb(${mix.join(",")})`;
}

export const QUAD_COLOURS = {
  "verbal cooperation": "#6aa5e8",
  "material cooperation": "#1f5fbf",
  "verbal conflict": "#f2a65a",
  "material conflict": "#c8372d",
};
