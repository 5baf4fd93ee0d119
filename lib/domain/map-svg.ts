/**
 * A standalone vector SVG of an argument map, drawn from its geometry: one rounded rectangle per
 * argument (side colour on its left edge, its side, kind, speech and status as badges, the title
 * wrapped to the box), one bezier path per connection (coloured and dashed by relation, labelled,
 * with an arrow head) and the same left-to-right handles as the canvas. Pure: no DOM, so it runs in
 * tests, in the browser and in a worker alike. The shapes are built once (mapScene) and written as
 * SVG here or painted onto a canvas for the PNG (lib/domain/map-paint), so the two images agree.
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
/** Up to this many pixels a PNG gets 2 pixels per map unit (sharp on a high-density screen), then fewer. */
export const MAX_IMAGE_PIXELS = 8_000_000;
/**
 * Past this many pixels a PNG gets under 1 pixel per map unit. Every pixel costs (allocating,
 * painting and compressing a 23-megapixel canvas is most of a PNG export's time; the demo map
 * is that big at 1 pixel per unit), so a big map trades a little sharpness for time.
 */
export const FULL_SIZE_PIXELS = 16_000_000;
/**
 * The fewest pixels per map unit a PNG gets unless the side cap binds: titles are 13 units high,
 * so they stay at 12 px, the size the issue counts as readable on screen.
 */
export const READABLE_SCALE = 12 / 13;

/**
 * Pixels per map unit for a PNG of a `width` × `height` map: 2 for a small map, less as it grows
 * past MAX_IMAGE_PIXELS, 1 up to FULL_SIZE_PIXELS, then less but never under READABLE_SCALE
 * (titles at 12 px), and never a side over MAX_IMAGE_PX (which alone may take it lower).
 */
export function pngScale(width: number, height: number): number {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const area = w * h;
  const sharp = Math.min(2, Math.sqrt(MAX_IMAGE_PIXELS / area));
  const k = sharp >= 1 ? sharp : Math.max(READABLE_SCALE, Math.min(1, Math.sqrt(FULL_SIZE_PIXELS / area)));
  return Math.min(k, MAX_IMAGE_PX / Math.max(w, h));
}

export const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
export const SERIF = "'DejaVu Serif', 'Liberation Serif', Georgia, 'Times New Roman', serif";

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
  // DejaVu Sans, the widest of the fonts named, measures up to 4 % wider than these figures and its
  // bold up to 8.5 % wider than 1.08 times them (the demo's lines, measured in Chromium): hence 1.05 and 1.12.
  return bold ? w * 1.05 * 1.12 : w * 1.05;
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
export function edgePath(
  s: MapSvgNode,
  t: MapSvgNode,
): { d: string; mid: { x: number; y: number }; end: { x: number; y: number }; angle: number } {
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
  // The curve's direction where it meets the target, for the arrow head (an SVG marker's orient="auto").
  const angle = c2.x === tx && c2.y === ty ? Math.atan2(ty - sy, tx - sx) : Math.atan2(ty - c2.y, tx - c2.x);
  return { d, mid, end: { x: tx, y: ty }, angle };
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

/**
 * One drawing primitive of the map, in map units. The SVG writes these as elements and the PNG
 * export paints the same list onto a canvas (lib/domain/map-paint), so the two images agree.
 */
export type MapShape =
  | {
      t: "rect";
      x: number;
      y: number;
      w: number;
      h: number;
      rx: number;
      fill: string;
      stroke?: string;
      dash?: string;
      cls?: string;
    }
  | {
      t: "path";
      d: string;
      fill?: string;
      stroke?: string;
      width?: number;
      dash?: string;
      cls?: string;
      /** An arrow head of this colour at `at`, pointing along `angle` (radians). */
      arrow?: { color: string; x: number; y: number; angle: number };
    }
  | {
      t: "text";
      x: number;
      y: number;
      lines: string[];
      /** Lines after the first are set this far below the one before (a tspan's dy). */
      lineHeight: number;
      size: number;
      fill: string;
      bold?: boolean;
      italic?: boolean;
      serif?: boolean;
      middle?: boolean;
      /** Written as one tspan per line (multi-line text), or as the text element's own content. */
      tspans?: boolean;
      cls?: string;
    };

function badge(x: number, y: number, text: string, bg: string, ink: string, bold: boolean): [MapShape[], number] {
  const w = Math.ceil(textWidthEm(text, bold) * BADGE_PX + 10);
  return [
    [
      { t: "rect", x, y, w, h: BADGE_H, rx: 4, fill: bg },
      { t: "text", x: x + 5, y: y + 11.5, lines: [text], lineHeight: 0, size: BADGE_PX, bold, fill: ink },
    ],
    w,
  ];
}

/** An argument's box, side bar, badges, wrapped title and card lines. */
export function nodeShapes(n: MapSvgNode): MapShape[] {
  const side = SIDE_COLOR[n.side] ?? SIDE_COLOR.neutral!;
  const fill = n.kind === "evidence" ? "#fffdf5" : n.kind === "claim" ? (SIDE_BG[n.side] ?? "#ffffff") : "#ffffff";
  const y = r1(n.y);
  const out: MapShape[] = [
    {
      t: "rect",
      cls: "arg-box",
      x: n.x,
      y: n.y,
      w: n.width,
      h: n.height,
      rx: 8,
      fill,
      stroke: "#dde1e8",
      ...(n.kind === "rebuttal" ? { dash: "5 3" } : {}),
    },
    {
      t: "path",
      d: `M${r1(n.x + 8)},${y} h-3 a5,8 0 0 0 -5,8 v${r1(Math.max(0, n.height - 16))} a5,8 0 0 0 5,8 h3 z`,
      fill: side,
    },
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
    const [shapes, w] = badge(bx, by, text, bg, ink, bold);
    if (bx + w > n.x + n.width - 6) break;
    out.push(...shapes);
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
    out.push({
      t: "text",
      cls: "arg-title",
      x: n.x + PAD_X,
      y: ty + TITLE_PX,
      lines,
      lineHeight: TITLE_LINE,
      size: TITLE_PX,
      bold: true,
      fill: n.title.trim() ? "#172033" : "#5b6475",
      tspans: true,
    });
    ty += lines.length * TITLE_LINE;
  }
  // A card: its short cite and as much of the quote as the box has room for.
  if (cardLines && ty + QUOTE_LINE <= bottom) {
    ty += 4;
    out.push({
      t: "path",
      d: `M${r1(n.x + PAD_X)},${r1(ty)} H${r1(n.x + n.width - 10)}`,
      stroke: "#dde1e8",
      dash: "3 2",
    });
    if (n.cite) {
      const [cite] = wrapText(n.cite, textW, 11, 1);
      out.push({
        t: "text",
        x: n.x + PAD_X,
        y: ty + 13,
        lines: [cite ?? ""],
        lineHeight: 0,
        size: 11,
        italic: true,
        fill: "#5b6475",
      });
      ty += 15;
    }
    if (n.quote) {
      const room = Math.min(3, Math.floor((bottom - ty) / QUOTE_LINE));
      const q = room > 0 ? wrapText(n.quote, textW, QUOTE_PX, room) : [];
      if (q.length) {
        out.push({
          t: "text",
          x: n.x + PAD_X,
          y: ty + QUOTE_PX,
          lines: q,
          lineHeight: QUOTE_LINE,
          size: QUOTE_PX,
          serif: true,
          fill: "#2e3545",
          tspans: true,
        });
      }
    }
  }
  return out;
}

/** The connections (curves with arrow heads) and their labels, skipping any to an argument not drawn. */
export function edgeShapes(
  nodes: readonly MapSvgNode[],
  edges: readonly MapSvgEdge[],
): { paths: MapShape[]; labels: MapShape[] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const paths: MapShape[] = [];
  const labels: MapShape[] = [];
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t || s === t) continue;
    const style = RELATION_STYLE[e.relation] ?? ATTACK_STYLE;
    const { d, mid, end, angle } = edgePath(s, t);
    paths.push({
      t: "path",
      cls: `rel rel-${e.relation}`,
      d,
      fill: "none",
      stroke: style.color,
      width: 1.8,
      ...(style.dash ? { dash: style.dash } : {}),
      arrow: { color: style.color, x: end.x, y: end.y, angle },
    });
    const w = textWidthEm(e.relation) * 11 + 8;
    labels.push(
      { t: "rect", x: mid.x - w / 2, y: mid.y - 8, w, h: 15, rx: 3, fill: "#f6f7f9" },
      {
        t: "text",
        x: mid.x,
        y: mid.y + 3.5,
        lines: [e.relation],
        lineHeight: 0,
        size: 11,
        middle: true,
        fill: "#5b6475",
      },
    );
  }
  return { paths, labels };
}

/** The map as layers of shapes, back to front, in a `bounds` that holds it all (padding included). */
export function mapScene(
  nodes: readonly MapSvgNode[],
  edges: readonly MapSvgEdge[],
  padding = SVG_PADDING,
): {
  bounds: { x: number; y: number; width: number; height: number };
  edges: MapShape[];
  labels: MapShape[];
  nodes: MapShape[][];
} {
  const b = svgBounds(nodes, padding);
  const { paths, labels } = edgeShapes(nodes, edges);
  return {
    bounds: { x: b.x, y: b.y, width: Math.max(1, Math.ceil(b.width)), height: Math.max(1, Math.ceil(b.height)) },
    edges: paths,
    labels,
    nodes: nodes.map(nodeShapes),
  };
}

const markerId = (color: string) => `arrow-${color.slice(1)}`;

const attr = (name: string, v: string | number | undefined) =>
  v === undefined ? "" : ` ${name}="${typeof v === "number" ? r1(v) : escapeXml(v)}"`;

/** One shape as an SVG element. */
export function shapeSvg(s: MapShape): string {
  if (s.t === "rect") {
    return `<rect${attr("class", s.cls)}${attr("x", s.x)}${attr("y", s.y)}${attr("width", s.w)}${attr("height", s.h)}${attr("rx", s.rx)}${attr("fill", s.fill)}${attr("stroke", s.stroke)}${attr("stroke-dasharray", s.dash)}/>`;
  }
  if (s.t === "path") {
    return `<path${attr("class", s.cls)}${attr("d", s.d)}${attr("fill", s.fill)}${attr("stroke", s.stroke)}${attr("stroke-width", s.width)}${attr("stroke-dasharray", s.dash)}${
      s.arrow ? ` marker-end="url(#${markerId(s.arrow.color)})"` : ""
    }/>`;
  }
  const open =
    `<text${attr("class", s.cls)}${attr("x", s.x)}${attr("y", s.y)}${s.serif ? ` font-family="${SERIF}"` : ""}${attr("font-size", s.size)}` +
    `${s.bold ? ' font-weight="bold"' : ""}${s.italic ? ' font-style="italic"' : ""}${s.middle ? ' text-anchor="middle"' : ""}${attr("fill", s.fill)}>`;
  const body = s.tspans
    ? s.lines
        .map((l, i) => `<tspan${attr("x", s.x)}${i ? attr("dy", s.lineHeight) : ""}>${escapeXml(l)}</tspan>`)
        .join("")
    : escapeXml(s.lines.join(" "));
  return `${open}${body}</text>`;
}

/** The whole map as a standalone SVG document (UTF-8 text). */
export function mapToSvg(
  nodes: readonly MapSvgNode[],
  edges: readonly MapSvgEdge[],
  options: MapSvgOptions = {},
): string {
  const scene = mapScene(nodes, edges, options.padding ?? SVG_PADDING);
  const { x, y, width, height } = scene.bounds;
  const colors = new Set<string>();
  for (const e of scene.edges) if (e.t === "path" && e.arrow) colors.add(e.arrow.color);
  const markers = [...colors]
    .map(
      (c) =>
        `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto" markerUnits="userSpaceOnUse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
    )
    .join("");
  const nodeSvg = (n: MapSvgNode, i: number) => {
    const title = n.title.trim() ? n.title : "Untitled";
    return `<g class="arg" data-id="${escapeXml(n.id)}">${scene.nodes[i]!.map(shapeSvg).join("")}<title>${escapeXml(title)}</title></g>`;
  };
  return [
    `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="${r1(x)} ${r1(y)} ${width} ${height}" font-family="${FONT}">`,
    options.title ? `<title>${escapeXml(options.title)}</title>` : "",
    `<defs>${markers}</defs>`,
    `<rect x="${r1(x)}" y="${r1(y)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g class="edges">${scene.edges.map(shapeSvg).join("")}</g>`,
    `<g class="edge-labels">${scene.labels.map(shapeSvg).join("")}</g>`,
    `<g class="nodes">${nodes.map(nodeSvg).join("")}</g>`,
    `</svg>\n`,
  ].join("");
}
