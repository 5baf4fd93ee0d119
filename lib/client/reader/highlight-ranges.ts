/** Highlighted sub-ranges of a card's quote (the words read aloud): pure helpers. */

export type TextRange = { start: number; end: number };

/** Sort and merge overlapping or touching ranges, dropping empty ones and clamping to `length`. */
export function mergeRanges(ranges: readonly TextRange[], length = Infinity): TextRange[] {
  const sorted = ranges
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

/** Add a range to a card's highlights, merging it with any it overlaps. */
export function addRange(ranges: readonly TextRange[], range: TextRange, length = Infinity): TextRange[] {
  return mergeRanges([...ranges, range], length);
}

/** Remove the highlight that contains `offset` (after merging), leaving the others. */
export function removeRangeAt(ranges: readonly TextRange[], offset: number): TextRange[] {
  return mergeRanges(ranges).filter((r) => !(r.start <= offset && offset < r.end));
}

/** The highlighted words of a quote joined by " … " (what is read aloud); null when nothing is highlighted. */
export function highlightedParts(quote: string, ranges: readonly TextRange[]): string[] | null {
  const merged = mergeRanges(ranges, quote.length);
  if (merged.length === 0) return null;
  return merged.map((r) => quote.slice(r.start, r.end).trim()).filter(Boolean);
}
