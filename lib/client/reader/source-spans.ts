/**
 * Lay a source text out for the reader: paragraphs (split at blank lines), lines (split at single
 * line breaks) and, inside each line, segments cut at every card boundary. Every segment is a
 * contiguous slice [start, end) of the text, so the DOM can carry the offsets (data-start) and a
 * selection maps back to exact source offsets. Pure: no DOM, no React.
 */

export type CardSpan = { id: string; start: number; end: number };
/** A slice of one line and the cards that cover all of it (outermost first). */
export type Segment = { start: number; end: number; cards: readonly string[] };
export type Line = { start: number; end: number; segments: Segment[] };
export type Paragraph = { start: number; lines: Line[] };

const NO_CARDS: readonly string[] = Object.freeze([]);

/** Split `text` into paragraphs, lines and card segments. Spans outside the text are clamped; empty ones ignored. */
export function layoutText(text: string, spans: readonly CardSpan[]): Paragraph[] {
  const valid = spans
    .map((s) => ({ id: s.id, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = [...new Set(valid.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);

  // A sweep over the segments in text order: `active` holds the spans that started and have not ended.
  let nextSpan = 0;
  let active: CardSpan[] = [];
  const cardsAt = (start: number): readonly string[] => {
    while (nextSpan < valid.length && valid[nextSpan]!.start <= start) active.push(valid[nextSpan++]!);
    if (active.some((s) => s.end <= start)) active = active.filter((s) => s.end > start);
    return active.length ? active.map((s) => s.id) : NO_CARDS;
  };

  let cut = 0;
  const segmentsOf = (start: number, end: number): Segment[] => {
    const out: Segment[] = [];
    while (cut < cuts.length && cuts[cut]! <= start) cut++;
    let at = start;
    while (at < end) {
      const next = cut < cuts.length && cuts[cut]! < end ? cuts[cut++]! : end;
      out.push({ start: at, end: next, cards: cardsAt(at) });
      at = next;
    }
    return out;
  };

  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.slice(lineStart, lineEnd).trim() === "") {
      current = null; // a blank line ends the paragraph
    } else {
      if (!current) paragraphs.push((current = { start: lineStart, lines: [] }));
      current.lines.push({ start: lineStart, end: lineEnd, segments: segmentsOf(lineStart, lineEnd) });
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return paragraphs;
}

/** Trim whitespace off both ends of a span of `text` (a double-click often takes the space after a word). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}
