import { CODES, SANS, SANSBOLD, SERIF } from "./card-metrics";

/** The faces a card's text is set in (globals.css: --font and --serif, whose first family is DejaVu). */
export type Face = "sans" | "sansBold" | "serif";

type Metrics = { dense: Uint16Array; extra: Map<number, number>; fallback: number; narrowest: number };

// Character codes below DENSE read an array; the few typographic marks above it, a map.
const DENSE = 384;
const WIDE = 1000; // CJK, emoji and the like: about an em whatever the font
const metrics = new Map<Face, Metrics>();

function metricsOf(face: Face): Metrics {
  let m = metrics.get(face);
  if (m) return m;
  const widths = { sans: SANS, sansBold: SANSBOLD, serif: SERIF }[face];
  // A letter the table lacks (Greek, Cyrillic, Latin Extended-B…) is taken at the lower case average.
  let sum = 0;
  for (let c = 97; c <= 122; c++) sum += widths[CODES.indexOf(String.fromCharCode(c))]!;
  const fallback = Math.round(sum / 26);
  const dense = new Uint16Array(DENSE).fill(fallback);
  const extra = new Map<number, number>();
  let i = 0;
  for (const ch of CODES) {
    const code = ch.codePointAt(0)!;
    if (code < DENSE) dense[code] = widths[i]!;
    else extra.set(code, widths[i]!);
    i++;
  }
  // A surrogate's second half is the only zero-width code unit; a space is the narrowest glyph or near it.
  const narrowest = Math.min(...widths.filter((w) => w > 0));
  metrics.set(face, (m = { dense, extra, fallback, narrowest }));
  return m;
}

function widthOf(code: number, m: Metrics): number {
  if (code < DENSE) return m.dense[code]!;
  return m.extra.get(code) ?? (code >= 0x2e80 ? WIDE : m.fallback);
}

/** The width of `text` set in `face` at `px` pixels (the sum of its advances: kerning only narrows it). */
export function textWidth(text: string, face: Face, px: number): number {
  const m = metricsOf(face);
  let w = 0;
  for (let i = 0; i < text.length; i++) w += advance(text, i, m);
  return (w * px) / 1000;
}

// What a character does to a line break, by code below DENSE (en and em dashes, above it, are DASH).
const PLAIN = 0,
  SPACE = 1,
  HYPHEN = 2,
  DASH = 3;
const KIND = new Uint8Array(DENSE);
for (const c of [9, 10, 13, 32]) KIND[c] = SPACE;
KIND[45] = HYPHEN;

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;

/**
 * How many lines `text` takes in a box `width` pixels wide, wrapped as the browser wraps a block
 * with `overflow-wrap: anywhere`: at spaces (collapsed to one), after a hyphen before a letter and
 * after an en or em dash, and anywhere inside a word longer than the line. Never fewer than the
 * browser's: it knows fewer places to break and no kerning, so where it differs it counts more.
 * At `max` lines it stops counting (a clamped quote needs no more): it returns at most `max`.
 */
export function lineCount(text: string, face: Face, px: number, width: number, max = Infinity): number {
  // One pass without allocation: a map's open counts the lines of every title (20,000 of them).
  const m = metricsOf(face);
  const dense = m.dense;
  const limit = (width * 1000) / px; // in the table's units
  // Lines hold at most `limit` of width between them: text wider than max - 1 lines takes max.
  if (text.length * m.narrowest > (max - 1) * limit) return max;
  const space = dense[32]!;
  const n = text.length;
  let lines = 1;
  let x = 0; // the current line's width, without a space after it
  let word = 0; // the piece being read: its characters since the last place to break
  let from = -1; // where that piece starts (-1: none yet)
  let spaced = false; // whether a space comes before it
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let kind = PLAIN;
    let w: number;
    if (code < DENSE) {
      kind = KIND[code]!;
      w = dense[code]!;
    } else {
      w = advance(text, i, m);
      if (code === 0x2013 || code === 0x2014) kind = DASH;
    }
    const isSpace = kind === SPACE;
    if (isSpace) {
      if (from < 0) {
        spaced = true;
        continue;
      }
    } else {
      if (from < 0) from = i;
      word += w;
      // Most characters go on with their word; a hyphen ends one only before a letter.
      if (i + 1 < n && (kind === PLAIN || (kind === HYPHEN && !isLetter(text.charCodeAt(i + 1))))) continue;
    }
    // The piece ends here (before a space, after a dash, or at the end): place it.
    const gap = spaced && x > 0 ? space : 0;
    if (x + gap + word <= limit) x += gap + word;
    else if (word <= limit) {
      lines++;
      x = word;
    } else {
      // Longer than a line: it starts a line of its own and breaks wherever the line is full.
      if (x > 0) lines++;
      x = 0;
      for (let k = from, to = isSpace ? i : i + 1; k < to; k++) {
        const c = advance(text, k, m);
        if (x + c > limit && x > 0) {
          lines++;
          x = 0;
        }
        x += c;
      }
    }
    if (lines >= max) return max;
    word = 0;
    from = -1;
    spaced = isSpace;
  }
  return lines;
}

/** The advance of the character at `i`: a surrogate pair's first half carries its glyph, the second none. */
function advance(text: string, i: number, m: Metrics): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code < 0xdc00) return WIDE;
  if (code >= 0xdc00 && code < 0xe000) return 0;
  return widthOf(code, m);
}
