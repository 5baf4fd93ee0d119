// A card's markup layers, the way Verbatim marks a card: underline (the relevant text), emphasis
// (the most important words), highlight (what is read aloud) and a second highlight colour, all
// as ranges of the card's quote; plus words the debater added, shown in [brackets]. Pure helpers
// shared by the editor, the map and the codecs.
import type { CardMarkup, Evidence, Insertion } from "./schemas";

export type TextRange = { start: number; end: number };

/** The four range layers of a card. `highlights` is the main highlight layer (what is read aloud). */
export const MARKUP_LAYERS = ["underline", "emphasis", "highlights", "highlights2"] as const;
export type MarkupLayer = (typeof MARKUP_LAYERS)[number];

export const LAYER_LABEL: Record<MarkupLayer, string> = {
  underline: "Underline",
  emphasis: "Emphasis",
  highlights: "Highlight",
  highlights2: "Second highlight",
};

/** The layers and insertions of a card, each possibly absent. */
export type CardLayers = Pick<Evidence, "highlights"> &
  Partial<Pick<Evidence, "underline" | "emphasis" | "highlights2" | "insertions">>;

/** Sort and merge overlapping or touching ranges, dropping empty ones and clamping to `length`. */
export function mergeRanges(ranges: readonly TextRange[] | undefined, length = Infinity): TextRange[] {
  const sorted = (ranges ?? [])
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** `ranges` with `cut` taken out (a range split in two when the cut falls inside it). */
export function subtractRange(ranges: readonly TextRange[] | undefined, cut: TextRange): TextRange[] {
  const out: TextRange[] = [];
  for (const r of mergeRanges(ranges)) {
    if (cut.end <= r.start || cut.start >= r.end) {
      out.push(r);
      continue;
    }
    if (r.start < cut.start) out.push({ start: r.start, end: cut.start });
    if (cut.end < r.end) out.push({ start: cut.end, end: r.end });
  }
  return out;
}

/**
 * Apply (`on`) or clear (`!on`) one layer over a selection of the quote, returning the card's
 * new layers. Ranges stay merged and inside the quote; the other layers are untouched.
 */
export function applyLayer<T extends CardLayers>(
  card: T,
  layer: MarkupLayer,
  selection: TextRange,
  on: boolean,
  quoteLength: number,
): T {
  const sel = { start: Math.max(0, selection.start), end: Math.min(quoteLength, selection.end) };
  if (sel.end <= sel.start) return card;
  const current = card[layer] ?? [];
  const next = on ? mergeRanges([...current, sel], quoteLength) : subtractRange(current, sel);
  return { ...card, [layer]: next };
}

/** Whether every character of `selection` already carries `layer` (so the key toggles it off). */
export function layerCovers(card: CardLayers, layer: MarkupLayer, selection: TextRange): boolean {
  if (selection.end <= selection.start) return false;
  return mergeRanges(card[layer]).some((r) => r.start <= selection.start && selection.end <= r.end);
}

/** The markup as the database stores it (`ArgNode.markup`): only non-empty layers; null when none. */
export function markupOf(card: Partial<CardLayers>): CardMarkup | null {
  const m: CardMarkup = {};
  if (card.underline?.length) m.underline = card.underline.map(({ start, end }) => ({ start, end }));
  if (card.emphasis?.length) m.emphasis = card.emphasis.map(({ start, end }) => ({ start, end }));
  if (card.highlights2?.length) m.highlights2 = card.highlights2.map(({ start, end }) => ({ start, end }));
  if (card.insertions?.length) m.insertions = card.insertions.map(({ at, text }) => ({ at, text }));
  return Object.keys(m).length ? m : null;
}

/**
 * Keep a card's layers inside a quote of `quoteLength` characters (after a re-anchor shortened it,
 * or on import): ranges past the end are clipped, insertions past the end dropped.
 */
export function clampLayers<T extends Partial<CardLayers>>(card: T, quoteLength: number): T {
  const out: T = { ...card };
  for (const layer of MARKUP_LAYERS) {
    const rs = card[layer];
    if (rs) (out as Record<string, unknown>)[layer] = mergeRanges(rs, quoteLength);
  }
  if (card.insertions) out.insertions = card.insertions.filter((i: Insertion) => i.at <= quoteLength);
  return out;
}

/** A run of the quote with one set of marks, or a bracketed insertion. */
export type Segment = {
  /** offsets in the quote (an insertion is empty: start === end === its `at`) */
  start: number;
  end: number;
  text: string;
  underline: boolean;
  emphasis: boolean;
  /** 0 none, 1 the main highlight, 2 the second colour (the main colour wins where both lie) */
  highlight: 0 | 1 | 2;
  /** shown small: the card has underlining and this run is neither underlined, emphasised nor highlighted */
  shrunk: boolean;
  /** words the debater added, rendered as `[text]` */
  insertion: boolean;
};

const inRanges = (rs: TextRange[], at: number) => {
  // ranges are merged and sorted; the lists are short, so a linear scan is enough
  for (const r of rs) {
    if (r.start > at) return false;
    if (at < r.end) return true;
  }
  return false;
};

/**
 * Split a quote into runs of identical marks, for rendering. Unmarked text is shrunk only when
 * the card has been underlined at all (a card no one has cut yet reads at full size). A highlight
 * outside underline is kept, not dropped, and not shrunk.
 */
export function cardSegments(quote: string, card: Partial<CardLayers>): Segment[] {
  const len = quote.length;
  const u = mergeRanges(card.underline, len);
  const em = mergeRanges(card.emphasis, len);
  const h1 = mergeRanges(card.highlights, len);
  const h2 = mergeRanges(card.highlights2, len);
  const insertions = [...(card.insertions ?? [])].filter((i) => i.at <= len).sort((a, b) => a.at - b.at);
  const hasUnderline = u.length > 0;
  const cuts = new Set<number>([0, len]);
  for (const rs of [u, em, h1, h2]) for (const r of rs) cuts.add(r.start).add(r.end);
  for (const i of insertions) cuts.add(i.at);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  let ins = 0;
  const pushInsertions = (at: number) => {
    while (ins < insertions.length && insertions[ins]!.at === at) {
      const i = insertions[ins++]!;
      out.push({
        start: at,
        end: at,
        text: `[${i.text}]`,
        underline: false,
        emphasis: false,
        highlight: 0,
        shrunk: false,
        insertion: true,
      });
    }
  };
  for (let k = 0; k < points.length - 1; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    pushInsertions(start);
    if (end <= start) continue;
    const underline = inRanges(u, start);
    const emphasis = inRanges(em, start);
    const highlight = inRanges(h1, start) ? 1 : inRanges(h2, start) ? 2 : 0;
    const seg: Segment = {
      start,
      end,
      text: quote.slice(start, end),
      underline,
      emphasis,
      highlight,
      shrunk: hasUnderline && !underline && !emphasis && highlight === 0,
      insertion: false,
    };
    const last = out.at(-1);
    if (
      last &&
      !last.insertion &&
      last.end === start &&
      last.underline === underline &&
      last.emphasis === emphasis &&
      last.highlight === highlight &&
      last.shrunk === seg.shrunk
    ) {
      last.end = end;
      last.text += seg.text;
    } else out.push(seg);
  }
  pushInsertions(len);
  return out;
}
