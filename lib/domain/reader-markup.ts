// Marking up a card from its source text: a selection in the reader is in source offsets, a card's
// layers are in offsets of its quote. These pure helpers map one to the other (and back, to show
// every card's markup in the source), so the reader and the inspector edit the same layers.
import { mergeRanges, MARKUP_LAYERS, type CardLayers, type MarkupLayer, type TextRange } from "./card-markup";

/** What the reader needs of a card: where its quote lies in the source, and its layers. */
export type PlacedCard = {
  id: string;
  start: number;
  end: number;
  quote: string;
  status?: string;
} & Partial<CardLayers>;

/**
 * Whether the card's quote is exactly the source text at its span. Only then do source offsets map
 * one to one onto quote offsets (a fuzzy anchor's quote differs from the text it was matched to).
 */
export function placedExactly(card: PlacedCard, sourceText: string): boolean {
  return card.status !== "orphaned" && sourceText.slice(card.start, card.end) === card.quote;
}

/**
 * The part of a source selection that lies inside the card's span, in quote offsets; null when
 * they do not overlap. A selection running past either end of the card is clipped to it.
 */
export function sourceToQuote(card: Pick<PlacedCard, "start" | "end">, selection: TextRange): TextRange | null {
  const start = Math.max(selection.start, card.start);
  const end = Math.min(selection.end, card.end);
  return end > start ? { start: start - card.start, end: end - card.start } : null;
}

/** The card a selection marks up: why none can be, or the card and the selection in its quote. */
export type ReaderTarget =
  { ok: true; cardId: string; range: TextRange; clipped: boolean } | { ok: false; reason: "outside" | "inexact" };

/**
 * Choose the card a source selection marks up. Among the cards whose span the selection touches,
 * the one it overlaps most wins; at a tie the shortest span (the innermost of nested cards), so
 * words selected inside a short card nested in a long one go to the short card. Cards whose quote
 * is not the text at their span cannot be marked from the source (`inexact`).
 */
export function readerTarget(cards: readonly PlacedCard[], sourceText: string, selection: TextRange): ReaderTarget {
  let best: { card: PlacedCard; range: TextRange } | null = null;
  let inexact = false;
  for (const card of cards) {
    if (card.status === "orphaned") continue;
    const range = sourceToQuote(card, selection);
    if (!range) continue;
    if (!placedExactly(card, sourceText)) {
      inexact = true;
      continue;
    }
    const len = range.end - range.start;
    const bestLen = best ? best.range.end - best.range.start : -1;
    if (!best || len > bestLen || (len === bestLen && card.end - card.start < best.card.end - best.card.start))
      best = { card, range };
  }
  if (!best) return { ok: false, reason: inexact ? "inexact" : "outside" };
  const { card, range } = best;
  const clipped = selection.start < card.start || selection.end > card.end;
  return { ok: true, cardId: card.id, range, clipped };
}

/** Every card's markup in source offsets, one merged list per layer (for drawing it in the source). */
export type SourceMarks = Record<MarkupLayer, TextRange[]>;

export function marksInSource(cards: readonly PlacedCard[], sourceText: string): SourceMarks {
  const out: SourceMarks = { underline: [], emphasis: [], highlights: [], highlights2: [] };
  for (const card of cards) {
    if (!placedExactly(card, sourceText)) continue;
    const len = card.end - card.start;
    for (const layer of MARKUP_LAYERS)
      for (const r of mergeRanges(card[layer], len))
        out[layer].push({ start: card.start + r.start, end: card.start + r.end });
  }
  for (const layer of MARKUP_LAYERS) out[layer] = mergeRanges(out[layer], sourceText.length);
  return out;
}

/** A run of source text with one set of marks. */
export type MarkRun = { start: number; end: number; underline: boolean; emphasis: boolean; highlight: 0 | 1 | 2 };

const covers = (rs: readonly TextRange[], at: number): boolean => {
  // binary search over merged, sorted ranges: a long source has many
  let lo = 0;
  let hi = rs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rs[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
};

/** The sorted boundaries of every mark, for cutting the text into runs. */
export function markCuts(marks: SourceMarks): number[] {
  const cuts = new Set<number>();
  for (const layer of MARKUP_LAYERS) for (const r of marks[layer]) cuts.add(r.start).add(r.end);
  return [...cuts].sort((a, b) => a - b);
}

/** Cut [start, end) of the source at mark boundaries (`cuts` from markCuts), each run with its marks. */
export function markRuns(marks: SourceMarks, cuts: readonly number[], start: number, end: number): MarkRun[] {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: MarkRun[] = [];
  let at = start;
  for (let k = lo; at < end; k++) {
    const next = k < cuts.length && cuts[k]! < end ? cuts[k]! : end;
    out.push({
      start: at,
      end: next,
      underline: covers(marks.underline, at),
      emphasis: covers(marks.emphasis, at),
      highlight: covers(marks.highlights, at) ? 1 : covers(marks.highlights2, at) ? 2 : 0,
    });
    at = next;
  }
  return out;
}
