"use client";
import { forwardRef, memo } from "react";
import type { TextRange } from "@/lib/client/reader/highlight-ranges";

type Props = { quote: string; ranges: readonly TextRange[]; onRemove?: (offset: number) => void };

/**
 * A card's quote as slices carrying their offsets (so a selection maps to quote offsets), the
 * highlighted ones as marks an editor can click (or press Delete on) to remove.
 */
const QuoteSegmentsImpl = forwardRef<HTMLQuoteElement, Props>(function QuoteSegments({ quote, ranges, onRemove }, ref) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const plain = (start: number, end: number) =>
    parts.push(
      <span key={start} data-start={start} data-end={end}>
        {quote.slice(start, end)}
      </span>,
    );
  for (const r of ranges) {
    if (r.start > at) plain(at, r.start);
    const remove = () => {
      if (document.getSelection()?.isCollapsed !== false) onRemove?.(r.start);
    };
    parts.push(
      <mark
        key={r.start}
        data-start={r.start}
        data-end={r.end}
        data-testid="quote-mark"
        {...(onRemove
          ? { role: "button", tabIndex: 0, title: "Remove this highlight (click, or Delete)", onClick: remove }
          : {})}
        onKeyDown={
          onRemove
            ? (e) => {
                if (["Enter", " ", "Delete", "Backspace"].includes(e.key)) {
                  e.preventDefault();
                  onRemove(r.start);
                }
              }
            : undefined
        }
      >
        {quote.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  if (at < quote.length) plain(at, quote.length);
  return (
    <blockquote ref={ref} className="quote quote-editable" data-testid="card-quote">
      {parts}
    </blockquote>
  );
});

export const QuoteSegments = memo(QuoteSegmentsImpl);
