import { memo } from "react";
import type { Evidence } from "@/lib/domain/schemas";

/** A card's quote with the words read aloud emphasised (overlapping ranges merged). */
function HighlightedQuoteImpl({
  quote,
  highlights,
  clamp,
}: {
  quote: string;
  highlights: Evidence["highlights"];
  clamp?: boolean;
}) {
  const ranges = [...highlights].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, quote.length);
    if (end <= start) continue;
    if (start > at) parts.push(quote.slice(at, start));
    parts.push(<mark key={start}>{quote.slice(start, end)}</mark>);
    at = end;
  }
  if (at < quote.length) parts.push(quote.slice(at));
  return <blockquote className={`quote${clamp ? " clamp" : ""}`}>{parts}</blockquote>;
}

export const HighlightedQuote = memo(HighlightedQuoteImpl);
