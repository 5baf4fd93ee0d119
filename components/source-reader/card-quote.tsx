"use client";
import { useMemo, useRef } from "react";
import type { Evidence } from "@/lib/domain/schemas";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { addRange, mergeRanges, removeRangeAt } from "@/lib/client/reader/highlight-ranges";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";
import { setHighlights } from "@/lib/client/reader/source-actions";
import { trimSpan } from "@/lib/client/reader/source-spans";
import { OnlyHighlighted } from "./only-highlighted";
import { QuoteSegments } from "./quote-segments";
import { useTextSelection } from "./use-text-selection";

/** A card's quote in the inspector: editors highlight the words read aloud; anyone can show only those. */
export function CardQuote({ id, evidence, canEdit }: { id: string; evidence: Evidence; canEdit: boolean }) {
  const editor = useEditorStore();
  const reader = useReaderStore();
  const only = useReader((s) => !!s.onlyHighlighted[id]);
  const ref = useRef<HTMLQuoteElement>(null);
  const sel = useTextSelection(ref, canEdit && !only);
  const { quote } = evidence;
  const ranges = useMemo(() => mergeRanges(evidence.highlights, quote.length), [evidence.highlights, quote.length]);

  const highlight = () => {
    const span = sel && trimSpan(quote, sel.start, sel.end);
    if (!span) return;
    setHighlights(editor, id, addRange(ranges, span, quote.length));
    document.getSelection()?.removeAllRanges();
  };

  return (
    <div className="stack card-quote">
      <div className="row spread quote-tools">
        {canEdit && (
          <span className="row">
            <button
              type="button"
              className="btn small"
              onMouseDown={(e) => e.preventDefault()}
              onClick={highlight}
              disabled={!sel}
              data-testid="highlight-button"
              title="Highlight the selected words (the words read aloud)"
            >
              Highlight
            </button>
            <button
              type="button"
              className="btn btn-ghost small"
              onClick={() => setHighlights(editor, id, [])}
              disabled={ranges.length === 0}
            >
              Clear highlights
            </button>
          </span>
        )}
        <label className="radio small">
          <input
            type="checkbox"
            checked={only}
            onChange={(e) => reader.getState().setOnlyHighlighted(id, e.target.checked)}
            data-testid="only-highlighted-toggle"
          />
          Only highlighted
        </label>
      </div>
      {only ? (
        <OnlyHighlighted quote={quote} highlights={ranges} />
      ) : (
        <QuoteSegments
          ref={ref}
          quote={quote}
          ranges={ranges}
          onRemove={canEdit ? (at) => setHighlights(editor, id, removeRangeAt(ranges, at)) : undefined}
        />
      )}
      {canEdit && !only && (
        <p className="hint">Select words in the quote, then Highlight. Click a highlight to remove it.</p>
      )}
    </div>
  );
}
