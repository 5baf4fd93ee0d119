/** Highlighted sub-ranges of a card's quote (the words read aloud): pure helpers. */

import { mergeRanges, type TextRange } from "@/lib/domain/card-markup";

export { mergeRanges, type TextRange };

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
