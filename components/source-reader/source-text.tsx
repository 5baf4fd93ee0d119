"use client";
import { Fragment, memo, useMemo } from "react";
import { layoutText, type CardSpan, type Segment } from "@/lib/client/reader/source-spans";

/** Card colours, in the order cards appear in a source; the card list shows the same swatches. */
export const CARD_COLORS = ["#d97706", "#2563eb", "#9333ea", "#059669", "#db2777", "#0891b2"];

/** Stacked underlines, one per card covering the words: overlapping cards stay distinct. */
function underline(cards: readonly string[], colorOf: ReadonlyMap<string, number>): string {
  return cards
    .map((id, i) => `inset 0 -${(i + 1) * 2}px 0 ${CARD_COLORS[(colorOf.get(id) ?? 0) % CARD_COLORS.length]}`)
    .join(", ");
}

function SegmentSpan({ text, seg, colorOf }: { text: string; seg: Segment; colorOf: ReadonlyMap<string, number> }) {
  const n = seg.cards.length;
  if (n === 0)
    return (
      <span data-start={seg.start} data-end={seg.end}>
        {text.slice(seg.start, seg.end)}
      </span>
    );
  return (
    <span
      data-start={seg.start}
      data-end={seg.end}
      data-cards={seg.cards.join(" ")}
      className={`hl depth-${Math.min(n, 3)}`}
      style={{ boxShadow: underline(seg.cards, colorOf) }}
    >
      {text.slice(seg.start, seg.end)}
    </span>
  );
}

/**
 * A source's text, paragraphs and line breaks kept, every card's span highlighted. Every slice is
 * a span carrying its offsets (data-start / data-end), so selections map back to the source.
 */
function SourceTextImpl({
  text,
  spans,
  colorOf,
}: {
  text: string;
  spans: readonly CardSpan[];
  colorOf: ReadonlyMap<string, number>;
}) {
  const paragraphs = useMemo(() => layoutText(text, spans), [text, spans]);
  if (paragraphs.length === 0) return <p className="muted">This source has no text.</p>;
  return (
    <>
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.lines.map((line, i) => (
            <Fragment key={line.start}>
              {i > 0 && <br />}
              {line.segments.map((seg) => (
                <SegmentSpan key={seg.start} text={text} seg={seg} colorOf={colorOf} />
              ))}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}

export const SourceText = memo(SourceTextImpl);
