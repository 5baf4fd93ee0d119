/** How much context a quote selector keeps on each side (as the hypothesis client does). */
export const CONTEXT_CHARS = 32;

export type QuoteAnchor = { quote: string; start: number; end: number; prefix: string; suffix: string };

/** Describe the span [start, end) of `text` with both a position and a quote selector. */
export function describeSpan(text: string, start: number, end: number): QuoteAnchor {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`span ${start}–${end} is outside a text of ${text.length} characters`);
  }
  return {
    quote: text.slice(start, end),
    start,
    end,
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Anchor a quote by exact search; null when it is absent or ambiguous (found more than once). */
export function anchorUniqueQuote(text: string, quote: string): QuoteAnchor | null {
  const start = text.indexOf(quote);
  if (start < 0 || quote.length === 0 || text.indexOf(quote, start + 1) >= 0) return null;
  return describeSpan(text, start, start + quote.length);
}
