// Charts drawn as SVG from /stats: timeline by quad class, dyad network, map of event places.
import { s, h, empty, scoreColour, QUAD_COLOURS } from "./dom.js";

const QUADS = Object.keys(QUAD_COLOURS);

function quadLegend() {
  return h("div", { class: "legend" }, QUADS.map((q) => h("span", {}, h("span", { class: "sw", style: `background:${QUAD_COLOURS[q]}` }), q)));
}

function scoreLegend() {
  return h("div", { class: "legend" }, [[-10, "conflict −10"], [-5, "−5"], [0, "0"], [5, "+5"], [10, "cooperation +10"]]
    .map(([score, label]) => h("span", {}, h("span", { class: "sw", style: `background:${scoreColour(score)}` }), label)));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Every bucket (day, month or year) from the first dated event to the last, empty ones included,
 * so gaps in time show as gaps: a category axis would put 2022 and 2025 side by side. */
export function buckets(days) {
  const first = new Date(`${days[0].day}T00:00:00Z`), last = new Date(`${days[days.length - 1].day}T00:00:00Z`);
  const spanDays = Math.round((last - first) / 86400000);
  const unit = spanDays <= 92 ? "day" : spanDays <= 540 ? "week" : spanDays <= 366 * 8 ? "month" : "year";
  const keyOf = (day) => (unit === "day" ? day : unit === "week" ? monday(day) : unit === "month" ? day.slice(0, 7) : day.slice(0, 4));
  const rows = new Map();
  for (let at = new Date(unit === "week" ? `${monday(days[0].day)}T00:00:00Z` : first); at <= last;) {
    const key = keyOf(at.toISOString().slice(0, 10));
    rows.set(key, { key, ...Object.fromEntries(QUADS.map((q) => [q, 0])) });
    if (unit === "day" || unit === "week") at.setUTCDate(at.getUTCDate() + (unit === "day" ? 1 : 7));
    else if (unit === "month") at.setUTCMonth(at.getUTCMonth() + 1, 1);
    else at.setUTCFullYear(at.getUTCFullYear() + 1, 0, 1);
  }
  for (const day of days) {
    const row = rows.get(keyOf(day.day));
    for (const quad of QUADS) row[quad] += day[quad] || 0;
  }
  return { unit, rows: [...rows.values()] };
}

/** The Monday (YYYY-MM-DD) of the week holding a day: weeks are keyed by their first day. */
function monday(day) {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - ((at.getUTCDay() + 6) % 7));
  return at.toISOString().slice(0, 10);
}

/** An axis label: the year only where it changes, so "Jun 23 / 2022", "Jun 24", ... */
function bucketLabel(key, unit, previous) {
  const year = key.slice(0, 4), newYear = !previous || previous.slice(0, 4) !== year;
  if (unit === "year") return [year, ""];
  const month = MONTHS[Number(key.slice(5, 7)) - 1];
  if (unit === "month") return [month, newYear ? year : ""];
  return [`${month} ${Number(key.slice(8, 10))}`, newYear ? year : ""]; // a day, or a week's Monday
}

/** Stacked bars: events per day (or month, or year, for long spans), one colour per quad class. */
export function timeline(stats) {
  const days = stats.by_day || [];
  if (!days.length) return empty(stats.total ? "No event here has a day-precise date." : "No events match these filters.");
  const { unit, rows } = buckets(days);
  const width = 900, height = 220, left = 34, bottom = 44, top = 10;
  const totals = rows.map((row) => QUADS.reduce((sum, q) => sum + row[q], 0));
  const step = Math.max(1, Math.ceil(Math.max(1, ...totals) / 4));
  const max = step * Math.ceil(Math.max(1, ...totals) / step); // the top gridline sits at or above the tallest bar
  const band = (width - left - 10) / rows.length;
  const y = (value) => top + (height - top - bottom) * (1 - value / max);
  const svg = s("svg", { class: "chart timeline", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `events per ${unit} by quad class` });
  for (const tick of niceTicks(max)) {
    svg.appendChild(s("line", { class: "grid", x1: left, x2: width - 10, y1: y(tick), y2: y(tick) }));
    svg.appendChild(s("text", { class: "axis", x: left - 4, y: y(tick) + 3, "text-anchor": "end" }, tick));
  }
  const labelEvery = Math.ceil(rows.length / 14);
  let labelled = null;
  rows.forEach((row, i) => {
    let base = 0;
    const x = left + i * band + band * 0.1, barWidth = Math.max(1, Math.min(40, band * 0.8));
    for (const quad of QUADS) {
      if (!row[quad]) continue;
      svg.appendChild(s("rect", { class: "bar", x, width: barWidth, y: y(base + row[quad]), height: y(base) - y(base + row[quad]), fill: QUAD_COLOURS[quad] },
        s("title", {}, `${unit === "week" ? "week of " : ""}${row.key}: ${row[quad]} ${quad} (of ${totals[i]})`)));
      base += row[quad];
    }
    if (i % labelEvery === 0) {
      const [label, year] = bucketLabel(row.key, unit, labelled);
      const cx = x + barWidth / 2;
      svg.appendChild(s("line", { class: "grid", x1: cx, x2: cx, y1: height - bottom, y2: height - bottom + 3 }));
      svg.appendChild(s("text", { class: "axis", x: cx, y: height - bottom + 14, "text-anchor": "middle" }, label));
      if (year) svg.appendChild(s("text", { class: "axis year", x: cx, y: height - bottom + 27, "text-anchor": "middle" }, year));
      labelled = row.key;
    }
  });
  const notes = [`One bar per ${unit}${unit === "day" ? "" : unit === "week" ? " (starting Monday; the span is too long for days)" : " (the span is too long for days)"}.`];
  if (stats.undated) notes.push(`${stats.undated} of ${stats.total} events are not shown: dated only to a month or year, or undated in an undated article.`);
  return h("div", {}, quadLegend(), svg, h("div", { class: "small muted" }, notes.join(" ")));
}

function niceTicks(max) {
  const step = Math.max(1, Math.ceil(max / 4));
  const ticks = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return ticks;
}

/** States as nodes on a circle; directed edges sized by event count, coloured by mean PLOVER score. */
export function network(stats, names, onDyad) {
  const dyads = stats.by_dyad || [];
  if (!dyads.length) return empty("No events with a state actor and a state recipient match these filters.");
  const size = 460, centre = size / 2, radius = size / 2 - 50;
  const weight = {};
  for (const d of dyads) { weight[d.source] = (weight[d.source] || 0) + d.count; weight[d.target] = (weight[d.target] || 0) + d.count; }
  const nodes = Object.keys(weight).sort((a, b) => weight[b] - weight[a]).slice(0, 40);
  const position = {};
  nodes.forEach((code, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    position[code] = [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)];
  });
  const maxCount = Math.max(...dyads.map((d) => d.count));
  const maxWeight = Math.max(...Object.values(weight));
  const nodeRadius = (code) => 5 + 10 * Math.sqrt(weight[code] / maxWeight);
  const svg = s("svg", { class: "chart network", viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": "dyad network" });
  svg.appendChild(s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
    s("path", { d: "M0,0 L10,5 L0,10 z", fill: "#8a94a3" }))));
  for (const d of dyads) {
    if (!position[d.source] || !position[d.target]) continue;
    const [x1, y1] = position[d.source], [x2, y2] = position[d.target];
    // A slight curve keeps A->B and B->A apart.
    const mx = (x1 + x2) / 2 + (y2 - y1) * 0.12, my = (y1 + y2) / 2 - (x2 - x1) * 0.12;
    // End the edge at the target's rim so the arrowhead stays visible.
    const back = nodeRadius(d.target) + 2, dx = x2 - mx, dy = y2 - my, length = Math.hypot(dx, dy) || 1;
    const ex = x2 - (dx / length) * back, ey = y2 - (dy / length) * back;
    const edge = s("path", { class: "edge", d: `M${x1},${y1} Q${mx},${my} ${ex},${ey}`, fill: "none", stroke: scoreColour(d.mean_score),
      "stroke-width": 1 + 7 * (d.count / maxCount), "stroke-opacity": 0.75, "marker-end": "url(#arrow)", dataset: { source: d.source, target: d.target } },
      s("title", {}, `${names[d.source] || d.source} → ${names[d.target] || d.target}: ${d.count} event${d.count === 1 ? "" : "s"}, mean score ${fmt(d.mean_score)} (click to filter)`));
    if (onDyad) edge.addEventListener("click", () => onDyad(d));
    svg.appendChild(edge);
  }
  for (const code of nodes) {
    const [x, y] = position[code];
    svg.appendChild(s("circle", { class: "node", cx: x, cy: y, r: nodeRadius(code), fill: "#fff", stroke: "#1d2430", "stroke-width": 1.5, dataset: { country: code } },
      s("title", {}, `${names[code] || code} (${code}): ${weight[code]} events`)));
    const outward = [(x - centre) / radius, (y - centre) / radius];
    svg.appendChild(s("text", { class: "node-label", x: x + outward[0] * 26, y: y + outward[1] * 26 + 4, "text-anchor": "middle" },
      code, s("title", {}, names[code] || code)));
  }
  return h("div", {}, scoreLegend(), svg, h("div", { class: "small muted" }, "Arrow: actor → recipient. Width: number of events. Colour: mean PLOVER score. Hover a code for the country; click an arrow to filter. IGO groups every international organisation."));
}

let worldCache = null;
async function world() {
  if (!worldCache) worldCache = fetch("/static/world.json").then((r) => r.json());
  return worldCache;
}

/** ISO 3166 alpha-3 code -> country name (from world.json, built offline by make_world.py). */
export async function countryNames() {
  return (await world()).countries || {};
}

/** Equirectangular map: land as dots (inhabited grid cells), events as circles sized by count. */
export async function map(stats) {
  const width = 720, height = 360;
  const x = (lon) => ((lon + 180) / 360) * width;
  const y = (lat) => ((90 - lat) / 180) * height;
  const svg = s("svg", { class: "chart map", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "map of event locations" });
  svg.appendChild(s("rect", { x: 0, y: 0, width, height, fill: "#f7f9fb" }));
  for (let lon = -180; lon <= 180; lon += 30) svg.appendChild(s("line", { class: "graticule", x1: x(lon), x2: x(lon), y1: 0, y2: height }));
  for (let lat = -60; lat <= 60; lat += 30) svg.appendChild(s("line", { class: "graticule", x1: 0, x2: width, y1: y(lat), y2: y(lat) }));
  const land = s("g", { class: "land" });
  const data = await world();
  const cell = (data.cell / 360) * width * 0.42;
  for (const [lon, lat] of data.cells) land.appendChild(s("circle", { cx: x(lon).toFixed(1), cy: y(lat).toFixed(1), r: cell.toFixed(2) }));
  svg.appendChild(land);
  const places = stats.locations || [];
  const maxCount = Math.max(1, ...places.map((p) => p.count));
  for (const p of places) {
    svg.appendChild(s("circle", { class: "place", cx: x(p.lon), cy: y(p.lat), r: 3 + 9 * Math.sqrt(p.count / maxCount), fill: scoreColour(p.mean_score), "fill-opacity": 0.8, stroke: "#fff", "stroke-width": 1 },
      s("title", {}, `${p.name}${p.country ? ", " + p.country : ""}: ${p.count} events, mean score ${fmt(p.mean_score)}`)));
  }
  // Name the busiest places (the API sends them most events first); the rest have tooltips.
  const placed = [];
  for (const p of places.slice(0, 8)) {
    const [lx, ly] = [x(p.lon) + 7, y(p.lat) - 6];
    // Skip a label that would overprint one already drawn (roughly 9 px per character at 17 px).
    if (!p.name || placed.some(([px, py, pw]) => Math.abs(py - ly) < 18 && lx < px + pw && px < lx + p.name.length * 9)) continue;
    placed.push([lx, ly, p.name.length * 9]);
    svg.appendChild(s("text", { class: "place-label", x: lx, y: ly }, p.name));
  }
  const note = places.length ? "Circle size: number of events; colour: mean PLOVER score." : "No matching event has a located place.";
  return h("div", {}, scoreLegend(), svg, h("div", { class: "small muted" }, `${note} Land is drawn from populated places, so empty deserts and ice show blank.`));
}

function fmt(value) {
  return value === null || value === undefined ? "n/a" : Number(value).toFixed(1);
}
