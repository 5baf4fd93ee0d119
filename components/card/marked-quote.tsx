"use client";
import { forwardRef, memo, useMemo } from "react";
import { cardSegments, type CardLayers, type Segment } from "@/lib/domain/card-markup";

/** The classes of a quote run's layers (styled under `.marked-quote`). */
export function markClass(s: Segment): string {
  return [
    s.underline && "mk-u",
    s.emphasis && "mk-em",
    s.highlight === 1 && "mk-h1",
    s.highlight === 2 && "mk-h2",
    s.shrunk && "mk-shrunk",
  ]
    .filter(Boolean)
    .join(" ");
}

type Props = {
  quote: string;
  layers: Partial<CardLayers>;
  /** show text that is not underlined at full size (Verbatim shrinks it) */
  fullSize?: boolean;
  clamp?: boolean;
  /** click (or Delete on) a main-colour highlight to remove it; its start offset is passed */
  onRemoveHighlight?: (offset: number) => void;
  testId?: string;
};

/**
 * A card's quote with its markup layers: underline, emphasis (bold, boxed), the two highlight
 * colours, shrunk unread text and [bracketed] insertions. Each quote run is one element carrying
 * `data-start`/`data-end` over a single text node, so a selection maps back to quote offsets;
 * insertions carry no offsets, since their words are not in the source.
 */
const MarkedQuoteImpl = forwardRef<HTMLQuoteElement, Props>(function MarkedQuote(
  { quote, layers, fullSize, clamp, onRemoveHighlight, testId },
  ref,
) {
  const segments = useMemo(() => cardSegments(quote, layers), [quote, layers]);
  return (
    <blockquote
      ref={ref}
      className={`quote marked-quote${clamp ? " clamp" : ""}${fullSize ? " full-size" : ""}${onRemoveHighlight ? " quote-editable" : ""}`}
      data-testid={testId}
    >
      {segments.map((s) => {
        if (s.insertion)
          return (
            <span
              key={`i${s.start}-${s.text}`}
              className="mk-insertion"
              title="Added by the debater, not in the source"
            >
              {s.text}
            </span>
          );
        const cls = markClass(s);
        const common = {
          "data-start": s.start,
          "data-end": s.end,
          className: cls || undefined,
          "data-underline": s.underline || undefined,
          "data-emphasis": s.emphasis || undefined,
          "data-highlight": s.highlight || undefined,
        };
        if (s.highlight === 0)
          return (
            <span key={s.start} {...common}>
              {s.text}
            </span>
          );
        const removable = s.highlight === 1 && onRemoveHighlight;
        return (
          <mark
            key={s.start}
            {...common}
            data-testid={s.highlight === 1 ? "quote-mark" : "quote-mark-2"}
            {...(removable
              ? {
                  role: "button",
                  tabIndex: 0,
                  title: "Remove this highlight (click, or Delete)",
                  onClick: () => {
                    if (document.getSelection()?.isCollapsed !== false) onRemoveHighlight(s.start);
                  },
                  onKeyDown: (e: React.KeyboardEvent) => {
                    if (["Enter", " ", "Delete", "Backspace"].includes(e.key)) {
                      e.preventDefault();
                      onRemoveHighlight(s.start);
                    }
                  },
                }
              : {})}
          >
            {s.text}
          </mark>
        );
      })}
    </blockquote>
  );
});

export const MarkedQuote = memo(MarkedQuoteImpl);
