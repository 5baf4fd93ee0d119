/**
 * A standalone vector SVG of an argument map, drawn from its geometry: one rounded rectangle per
 * argument (side colour on its left edge, its side, kind, speech and status as badges, the title
 * wrapped to the box), one bezier path per connection (coloured and dashed by relation, labelled,
 * with an arrow head) and the same left-to-right handles as the canvas. Pure: no DOM, so it runs in
 * tests, in the browser (the PNG export draws this SVG to a canvas) and in a worker alike.
 *
 * Only plain SVG 1.1 that Inkscape and every browser read: no foreignObject, no CSS variables, no
 * web fonts (generic families with common fallbacks), text escaped for XML.
 */

export type MapSvgNode = {
  id: string;
  title: string;
  /** "claim", "rebuttal", "evidence", "argument"… (an unknown kind is drawn as a claim). */
  kind: string;
  side: string;
  x: number;
  y: number;
  width: number;
  height: number;
  speech?: string | null;
  /** The computed status ("standing", "refuted"…), when there is one. */
  status?: string | null;
  /** A card's short cite and quote, drawn under the title when the box has room. */
  cite?: string | null;
  quote?: string | null;
};

export type MapSvgEdge = { id: string; source: string; target: string; relation: string };

export type MapSvgOptions = {
  /** White space around the map, in map units. */
  padding?: number;
  /** The document's <title> (the debate's title). */
  title?: string;
};

export const SVG_PADDING = 40;

/** The longest side of an exported PNG, in pixels: big maps are scaled down to fit it. */
export const MAX_IMAGE_PX = 8_000;
/**
 * The most pixels a PNG holds. Encoding is what a PNG export spends its time on (a 3,000 × 8,000
 * canvas took seconds), and past about 1.2 pixels per map unit the titles get no more legible.
 */
export const MAX_IMAGE_PIXELS = 8_000_000;

/**
 * Pixels per map unit for a PNG of a `width` × `height` map: 2 for a small map (sharp on a
 * high-density screen), less as the map grows past the pixel budget but never under 1 (titles stay
 * readable), and never a side over MAX_IMAGE_PX.
 */
export function pngScale(width: number, height: number): number {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  // Past the pixel budget a map keeps one pixel per unit (its titles readable), unless the side cap binds.
  const sharp = Math.max(1, Math.min(2, Math.sqrt(MAX_IMAGE_PIXELS / (w * h))));
  return Math.min(sharp, MAX_IMAGE_PX / Math.max(w, h));
}

const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
const SERIF = "'DejaVu Serif', 'Liberation Serif', Georgia, 'Times New Roman', serif";

const SIDE_COLOR: Record<string, string> = { aff: "#2563eb", neg: "#dc2626", neutral: "#64748b" };
const SIDE_BG: Record<string, string> = { aff: "#eff5ff", neg: "#fff1f1" };
const SIDE_LABEL: Record<string, string> = { aff: "Aff", neg: "Neg", neutral: "Neutral" };

/** Colour and dash of each relation, as on the canvas; an unknown relation is drawn as an attack. */
const RELATION_STYLE: Record<string, { color: string; dash: string | null }> = {
  supports: { color: "#15803d", dash: null },
  extends: { color: "#15803d", dash: null },
  premise: { color: "#15803d", dash: null },
  rebuts: { color: "#b91c1c", dash: "6 4" },
  undercuts: { color: "#b91c1c", dash: "6 4" },
  contradicts: { color: "#b91c1c", dash: "6 4" },
  turns: { color: "#9333ea", dash: "6 4" },
};
const ATTACK_STYLE = { color: "#b91c1c", dash: "6 4" };

const STATUS_STYLE: Record<string, { bg: string; ink: string; mark: string }> = {
  standing: { bg: "#e7f6ec", ink: "#17663a", mark: "✓" },
  refuted: { bg: "#fde8e8", ink: "#9b1c1c", mark: "✗" },
  contested: { bg: "#fff4d6", ink: "#7a5300", mark: "~" },
  mitigated: { bg: "#eef3e2", ink: "#4b5e1a", mark: "≈" },
  unsupported: { bg: "#f1f1f4", ink: "#55596a", mark: "?" },
};

const TITLE_PX = 13;
const TITLE_LINE = 17;
const BADGE_PX = 10;
const BADGE_H = 16;
const QUOTE_PX = 12;
const QUOTE_LINE = 16;
const PAD_X = 12; // the 5 px side bar and the box's padding
const PAD_TOP = 8;

// Characters outside XML 1.0 (most C0 controls, lone surrogates, U+FFFE/F) make the file unreadable.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or an attribute value made safe for XML. */
export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * The width of a string in ems, in a sans-serif like DejaVu Sans or Arial: an estimate that errs
 * wide, since the reader's font is not known and a line that overflows its box is worse than one
 * wrapped early.
 */
export function textWidthEm(s: string, bold = false): number {
  let w = 0;
  for (const ch of s) {
    if (" .,:;'!|il".includes(ch)) w += 0.32;
    else if ('fjrtI()[]-"'.includes(ch)) w += 0.42;
    else if ("mwMW@%".includes(ch)) w += 0.92;
    else if (ch >= "A" && ch <= "Z") w += 0.72;
    else if (ch.charCodeAt(0) > 0x2e80) w += 1;
    else w += 0.6;
  }
  return bold ? w * 1.08 : w;
}

/**
 * Wrap text into at most `maxLines` lines of `maxWidth` pixels at `px`; a word longer than a line
 * is broken, and text that does not fit ends in an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, px: number, maxLines: number, bold = false): string[] {
  const fits = (s: string) => textWidthEm(s, bold) * px <= maxWidth;
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let cut = false;
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) {
      lines.push(line);
      line = "";
      if (lines.length >= maxLines) {
        cut = true;
        break;
      }
    }
    // A word wider than a whole line: break it where it stops fitting.
    while (!fits(word)) {
      let n = word.length - 1;
      while (n > 1 && !fits(word.slice(0, n))) n--;
      lines.push(word.slice(0, n));
      word = word.slice(n);
      if (lines.length >= maxLines) {
        cut = true;
        break;
      }
    }
    if (cut) break;
    line = word;
  }
  if (!cut && line) {
    if (lines.length < maxLines) lines.push(line);
    else cut = true;
  }
  if (cut && lines.length) {
    let last = lines[lines.length - 1]!;
    while (last && !fits(`${last}…`)) last = last.slice(0, -1);
    lines[lines.length - 1] = `${last.trimEnd()}…`;
  }
  return lines;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** React Flow's default bezier between a source's left handle and a target's right handle. */
export function edgePath(s: MapSvgNode, t: MapSvgNode): { d: string; mid: { x: number; y: number } } {
  const sx = s.x;
  const sy = s.y + s.height / 2;
  const tx = t.x + t.width;
  const ty = t.y + t.height / 2;
  // calculateControlOffset in @xyflow/system, curvature 0.25.
  const dist = sx - tx;
  const offset = dist >= 0 ? 0.5 * dist : 0.25 * 25 * Math.sqrt(-dist);
  const c1 = { x: sx - offset, y: sy };
  const c2 = { x: tx + offset, y: ty };
  const mid = {
    x: sx * 0.125 + c1.x * 0.375 + c2.x * 0.375 + tx * 0.125,
    y: sy * 0.125 + c1.y * 0.375 + c2.y * 0.375 + ty * 0.125,
  };
  const d = `M${r1(sx)},${r1(sy)} C${r1(c1.x)},${r1(c1.y)} ${r1(c2.x)},${r1(c2.y)} ${r1(tx)},${r1(ty)}`;
  return { d, mid };
}

/** The rectangle that holds every node, padding included (map units). */
export function svgBounds(nodes: readonly MapSvgNode[], padding = SVG_PADDING) {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x + n.width);
    y1 = Math.max(y1, n.y + n.height);
  }
  if (!nodes.length) x0 = y0 = x1 = y1 = 0;
  return { x: x0 - padding, y: y0 - padding, width: x1 - x0 + 2 * padding, height: y1 - y0 + 2 * padding };
}

function badge(x: number, y: number, text: string, bg: string, ink: string, bold = false): [string, number] {
  const w = Math.ceil(textWidthEm(text, bold) * BADGE_PX + 10);
  const svg =
    `<rect x="${r1(x)}" y="${r1(y)}" width="${w}" height="${BADGE_H}" rx="4" fill="${bg}"/>` +
    `<text x="${r1(x + 5)}" y="${r1(y + 11.5)}" font-size="${BADGE_PX}"${bold ? ' font-weight="bold"' : ""} fill="${ink}">${escapeXml(text)}</text>`;
  return [svg, w];
}

function nodeSvg(n: MapSvgNode): string {
  const side = SIDE_COLOR[n.side] ?? SIDE_COLOR.neutral!;
  const fill = n.kind === "evidence" ? "#fffdf5" : n.kind === "claim" ? (SIDE_BG[n.side] ?? "#ffffff") : "#ffffff";
  const dash = n.kind === "rebuttal" ? ' stroke-dasharray="5 3"' : "";
  const x = r1(n.x);
  const y = r1(n.y);
  const out: string[] = [
    `<g class="arg" data-id="${escapeXml(n.id)}">`,
    `<rect class="arg-box" x="${x}" y="${y}" width="${r1(n.width)}" height="${r1(n.height)}" rx="8" fill="${fill}" stroke="#dde1e8"${dash}/>`,
    `<path d="M${r1(n.x + 8)},${y} h-3 a5,8 0 0 0 -5,8 v${r1(Math.max(0, n.height - 16))} a5,8 0 0 0 5,8 h3 z" fill="${side}"/>`,
  ];
  // Badges: side, kind, speech, status; on one row, dropped when the row is full.
  const kindLabel = n.kind.charAt(0).toUpperCase() + n.kind.slice(1);
  const badges: [string, string, string, boolean][] = [
    [SIDE_LABEL[n.side] ?? n.side, side, "#ffffff", true],
    [kindLabel, "#eceef3", "#3f4557", false],
  ];
  if (n.speech) badges.push([n.speech, "#1f2937", "#ffffff", false]);
  const st = n.status ? STATUS_STYLE[n.status] : undefined;
  if (n.status) badges.push([`${st?.mark ?? ""} ${n.status}`.trim(), st?.bg ?? "#f1f1f4", st?.ink ?? "#55596a", true]);
  let bx = n.x + PAD_X;
  const by = n.y + PAD_TOP;
  for (const [text, bg, ink, bold] of badges) {
    const [svg, w] = badge(bx, by, text, bg, ink, bold);
    if (bx + w > n.x + n.width - 6) break;
    out.push(svg);
    bx += w + 3;
  }
  // The title fills the box's height (less the card's lines when there is one).
  const textW = n.width - PAD_X - 10;
  let ty = by + BADGE_H + 4;
  const bottom = n.y + n.height - 6;
  const cardLines = n.cite || n.quote ? 1 + (n.quote ? 1 : 0) : 0;
  const titleRoom = Math.max(1, Math.floor((bottom - ty - cardLines * QUOTE_LINE - (cardLines ? 6 : 0)) / TITLE_LINE));
  const title = n.title.trim() ? n.title : "Untitled";
  const lines = wrapText(title, textW, TITLE_PX, titleRoom, true);
  if (lines.length) {
    out.push(
      `<text class="arg-title" x="${r1(n.x + PAD_X)}" y="${r1(ty + TITLE_PX)}" font-size="${TITLE_PX}" font-weight="bold" fill="${n.title.trim() ? "#172033" : "#5b6475"}">` +
        lines
          .map((l, i) => `<tspan x="${r1(n.x + PAD_X)}"${i ? ` dy="${TITLE_LINE}"` : ""}>${escapeXml(l)}</tspan>`)
          .join("") +
        `</text>`,
    );
    ty += lines.length * TITLE_LINE;
  }
  // A card: its short cite and as much of the quote as the box has room for.
  if (cardLines && ty + QUOTE_LINE <= bottom) {
    ty += 4;
    out.push(
      `<path d="M${r1(n.x + PAD_X)},${r1(ty)} H${r1(n.x + n.width - 10)}" stroke="#dde1e8" stroke-dasharray="3 2"/>`,
    );
    if (n.cite) {
      const [cite] = wrapText(n.cite, textW, 11, 1);
      out.push(
        `<text x="${r1(n.x + PAD_X)}" y="${r1(ty + 13)}" font-size="11" font-style="italic" fill="#5b6475">${escapeXml(cite ?? "")}</text>`,
      );
      ty += 15;
    }
    if (n.quote) {
      const room = Math.min(3, Math.floor((bottom - ty) / QUOTE_LINE));
      const q = room > 0 ? wrapText(n.quote, textW, QUOTE_PX, room) : [];
      if (q.length) {
        out.push(
          `<text x="${r1(n.x + PAD_X)}" y="${r1(ty + QUOTE_PX)}" font-family="${SERIF}" font-size="${QUOTE_PX}" fill="#2e3545">` +
            q
              .map((l, i) => `<tspan x="${r1(n.x + PAD_X)}"${i ? ` dy="${QUOTE_LINE}"` : ""}>${escapeXml(l)}</tspan>`)
              .join("") +
            `</text>`,
        );
      }
    }
  }
  out.push(`<title>${escapeXml(title)}</title></g>`);
  return out.join("");
}

const markerId = (color: string) => `arrow-${color.slice(1)}`;

/** The whole map as a standalone SVG document (UTF-8 text). */
export function mapToSvg(
  nodes: readonly MapSvgNode[],
  edges: readonly MapSvgEdge[],
  options: MapSvgOptions = {},
): string {
  const b = svgBounds(nodes, options.padding ?? SVG_PADDING);
  const width = Math.max(1, Math.ceil(b.width));
  const height = Math.max(1, Math.ceil(b.height));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const colors = new Set<string>();
  const paths: string[] = [];
  const labels: string[] = [];
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t || s === t) continue;
    const style = RELATION_STYLE[e.relation] ?? ATTACK_STYLE;
    colors.add(style.color);
    const { d, mid } = edgePath(s, t);
    paths.push(
      `<path class="rel rel-${escapeXml(e.relation)}" d="${d}" fill="none" stroke="${style.color}" stroke-width="1.8"${
        style.dash ? ` stroke-dasharray="${style.dash}"` : ""
      } marker-end="url(#${markerId(style.color)})"/>`,
    );
    const w = textWidthEm(e.relation) * 11 + 8;
    labels.push(
      `<rect x="${r1(mid.x - w / 2)}" y="${r1(mid.y - 8)}" width="${r1(w)}" height="15" rx="3" fill="#f6f7f9"/>` +
        `<text x="${r1(mid.x)}" y="${r1(mid.y + 3.5)}" font-size="11" text-anchor="middle" fill="#5b6475">${escapeXml(e.relation)}</text>`,
    );
  }
  const markers = [...colors]
    .map(
      (c) =>
        `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto" markerUnits="userSpaceOnUse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
    )
    .join("");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="${r1(b.x)} ${r1(b.y)} ${width} ${height}" font-family="${FONT}">`,
    options.title ? `<title>${escapeXml(options.title)}</title>` : "",
    `<defs>${markers}</defs>`,
    `<rect x="${r1(b.x)}" y="${r1(b.y)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g class="edges">${paths.join("")}</g>`,
    `<g class="edge-labels">${labels.join("")}</g>`,
    `<g class="nodes">${nodes.map(nodeSvg).join("")}</g>`,
    `</svg>\n`,
  ].join("");
}
