"use client";
import { useMemo, useRef, useState } from "react";
import type { Evidence } from "@/lib/domain/schemas";
import { highlightSkips } from "@/lib/domain/card-integrity";
import { LAYER_LABEL, mergeRanges, type MarkupLayer } from "@/lib/domain/card-markup";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { removeRangeAt } from "@/lib/client/reader/highlight-ranges";
import { markLayer } from "@/lib/client/reader/card-markup-actions";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";
import { setHighlights } from "@/lib/client/reader/source-actions";
import { trimSpan } from "@/lib/client/reader/source-spans";
import { MarkedQuote } from "@/components/card/marked-quote";
import { OnlyHighlighted } from "./only-highlighted";
import { useMarkupKeys } from "./use-markup-keys";
import { useTextSelection } from "./use-text-selection";

const TOOLS: { layer: MarkupLayer; key: string; testId: string }[] = [
  { layer: "underline", key: "F9", testId: "underline-button" },
  { layer: "emphasis", key: "F10", testId: "emphasis-button" },
  { layer: "highlights", key: "F11", testId: "highlight-button" },
  { layer: "highlights2", key: "Ctrl+F11", testId: "highlight2-button" },
];

/**
 * A card's quote in the inspector with its markup layers. Editors select words and press F9
 * underline, F10 emphasis, F11 highlight or Ctrl+F11 the second colour (Shift clears that layer
 * over the selection), or use the toolbar; anyone can show only the highlighted words, or the
 * shrunk text at full size.
 */
export function CardQuote({ id, evidence, canEdit }: { id: string; evidence: Evidence; canEdit: boolean }) {
  const editor = useEditorStore();
  const reader = useReaderStore();
  const only = useReader((s) => !!s.onlyHighlighted[id]);
  const [fullSize, setFullSize] = useState(false);
  const ref = useRef<HTMLQuoteElement>(null);
  const sel = useTextSelection(ref, canEdit && !only);
  const { quote } = evidence;
  const ranges = useMemo(() => mergeRanges(evidence.highlights, quote.length), [evidence.highlights, quote.length]);
  const warnings = useMemo(
    () => highlightSkips(quote, evidence.highlights, evidence.highlights2),
    [quote, evidence.highlights, evidence.highlights2],
  );

  const mark = (layer: MarkupLayer, clear = false, at: { start: number; end: number } | null = sel) => {
    const span = at && trimSpan(quote, at.start, at.end);
    if (!span) return;
    markLayer(editor, id, layer, span, clear);
    document.getSelection()?.removeAllRanges();
  };
  const editable = canEdit && !only;
  useMarkupKeys(ref, editable, mark);

  return (
    <div className="stack card-quote">
      {canEdit && !only && (
        <div className="row markup-tools" role="toolbar" aria-label="Mark up the selected words">
          {TOOLS.map((t) => (
            <button
              key={t.layer}
              type="button"
              className={`btn small tool-${t.layer}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={(e) => mark(t.layer, e.shiftKey)}
              disabled={!sel}
              data-testid={t.testId}
              aria-keyshortcuts={t.key.replace("Ctrl", "Control")}
              title={`${LAYER_LABEL[t.layer]} the selected words (${t.key}; Shift+${t.key} or Shift+click clears)`}
            >
              {LAYER_LABEL[t.layer]}
            </button>
          ))}
          <button
            type="button"
            className="btn btn-ghost small"
            onClick={() => setHighlights(editor, id, [])}
            disabled={ranges.length === 0}
          >
            Clear highlights
          </button>
        </div>
      )}
      <div className="row spread small">
        <label className="radio small">
          <input
            type="checkbox"
            checked={only}
            onChange={(e) => reader.getState().setOnlyHighlighted(id, e.target.checked)}
            data-testid="only-highlighted-toggle"
          />
          Only highlighted
        </label>
        {!only && (
          <label className="radio small">
            <input
              type="checkbox"
              checked={fullSize}
              onChange={(e) => setFullSize(e.target.checked)}
              data-testid="full-size-toggle"
            />
            Unread text full size
          </label>
        )}
      </div>
      {warnings.length > 0 && (
        <ul className="integrity-warnings" data-testid="integrity-warnings" aria-label="Highlighting warnings">
          {warnings.map((w) => (
            <li key={w.start} className="warning small">
              ⚠ {w.message}
            </li>
          ))}
        </ul>
      )}
      {only ? (
        <OnlyHighlighted quote={quote} highlights={ranges} />
      ) : (
        <MarkedQuote
          ref={ref}
          quote={quote}
          layers={evidence}
          fullSize={fullSize}
          testId="card-quote"
          onRemoveHighlight={canEdit ? (at) => setHighlights(editor, id, removeRangeAt(ranges, at)) : undefined}
        />
      )}
      {canEdit && !only && (
        <p className="hint">
          Select words in the quote, then press F9 underline, F10 emphasis, F11 highlight or Ctrl+F11 the second colour
          (Shift with the key clears it). Click a highlight to remove it.
        </p>
      )}
    </div>
  );
}
