"use client";
import { Fragment, memo, useMemo } from "react";
import { layoutText, type CardSpan, type Segment } from "@/lib/client/reader/source-spans";
import { markCuts, markRuns, type MarkRun, type SourceMarks } from "@/lib/domain/reader-markup";
import "./reader-markup.css";

/** Card colours, in the order cards appear in a source; the card list shows the same swatches. */
export const CARD_COLORS = ["#d97706", "#2563eb", "#9333ea", "#059669", "#db2777", "#0891b2"];

/** Stacked underlines, one per card covering the words: overlapping cards stay distinct. */
function underline(cards: readonly string[], colorOf: ReadonlyMap<string, number>): string {
  return cards
    .map((id, i) => `inset 0 -${(i + 1) * 2}px 0 ${CARD_COLORS[(colorOf.get(id) ?? 0) % CARD_COLORS.length]}`)
    .join(", ");
}

type Marks = { marks: SourceMarks; cuts: number[] };

const markClass = (r: MarkRun) =>
  [r.underline && "rm-u", r.emphasis && "rm-em", r.highlight === 1 && "rm-h1", r.highlight === 2 && "rm-h2"]
    .filter(Boolean)
    .join(" ");

function SegmentSpan({
  text,
  seg,
  colorOf,
  marks,
}: {
  text: string;
  seg: Segment;
  colorOf: ReadonlyMap<string, number>;
  marks: Marks | null;
}) {
  const n = seg.cards.length;
  if (n === 0)
    return (
      <span data-start={seg.start} data-end={seg.end}>
        {text.slice(seg.start, seg.end)}
      </span>
    );
  // The cards' own markup cuts a card's segment into runs; each keeps the segment's card data so
  // a click or a flash finds it, and its own offsets so a selection maps back to the source.
  const runs = marks ? markRuns(marks.marks, marks.cuts, seg.start, seg.end) : [];
  const base = `hl depth-${Math.min(n, 3)}`;
  const shadow = { boxShadow: underline(seg.cards, colorOf) };
  if (runs.length <= 1 && !(runs[0] && markClass(runs[0])))
    return (
      <span data-start={seg.start} data-end={seg.end} data-cards={seg.cards.join(" ")} className={base} style={shadow}>
        {text.slice(seg.start, seg.end)}
      </span>
    );
  return (
    <>
      {runs.map((r) => {
        const cls = markClass(r);
        return (
          <span
            key={r.start}
            data-start={r.start}
            data-end={r.end}
            data-cards={seg.cards.join(" ")}
            data-underline={r.underline || undefined}
            data-emphasis={r.emphasis || undefined}
            data-highlight={r.highlight || undefined}
            className={cls ? `${base} ${cls}` : base}
            style={shadow}
          >
            {text.slice(r.start, r.end)}
          </span>
        );
      })}
    </>
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
  marks,
}: {
  text: string;
  spans: readonly CardSpan[];
  colorOf: ReadonlyMap<string, number>;
  /** the cards' underline, emphasis and highlights in source offsets, drawn over their spans */
  marks?: SourceMarks;
}) {
  const paragraphs = useMemo(() => layoutText(text, spans), [text, spans]);
  const withCuts = useMemo(() => (marks ? { marks, cuts: markCuts(marks) } : null), [marks]);
  if (paragraphs.length === 0) return <p className="muted">This source has no text.</p>;
  return (
    <>
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.lines.map((line, i) => (
            <Fragment key={line.start}>
              {i > 0 && <br />}
              {line.segments.map((seg) => (
                <SegmentSpan key={seg.start} text={text} seg={seg} colorOf={colorOf} marks={withCuts} />
              ))}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}

export const SourceText = memo(SourceTextImpl);
