"use client";
import { useReactFlow } from "@xyflow/react";
import { useCallback, useRef, useState } from "react";
import type { SourceDto } from "@/lib/domain/schemas";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { jumpTo } from "@/lib/client/editor/node-actions";
import { trimSpan } from "@/lib/client/reader/source-spans";
import { CutCardDialog, type Span } from "./cut-card-dialog";
import { SourceCards } from "./source-cards";
import { SourceText } from "./source-text";
import { flashCard, useReaderFocus } from "./use-reader-focus";
import { useSourceCards } from "./use-source-cards";
import { useTextSelection } from "./use-text-selection";

/** A loaded source: its cards, its text with their spans highlighted, and (for editors) cutting. */
export function SourceBody({ source }: { source: SourceDto }) {
  const store = useEditorStore();
  const rf = useReactFlow();
  const canEdit = useEditor((s) => s.canEdit);
  const { cards, spans, colorOf } = useSourceCards(source.id);
  const wrapRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const sel = useTextSelection(textRef, canEdit, wrapRef);
  const [cutting, setCutting] = useState<Span | null>(null);
  useReaderFocus(textRef, source.text, spans);

  const show = useCallback(
    (id: string) => {
      jumpTo(store, rf, id);
      if (textRef.current) flashCard(textRef.current, id);
    },
    [store, rf],
  );

  const startCut = () => {
    const span = sel && trimSpan(source.text, sel.start, sel.end);
    if (span) setCutting({ ...span, quote: source.text.slice(span.start, span.end) });
  };

  // A click (not a drag) on a highlighted passage selects its card; with overlaps, the shortest.
  const onClick = (e: React.MouseEvent) => {
    if (!document.getSelection()?.isCollapsed) return;
    const ids = (e.target as HTMLElement).closest<HTMLElement>("[data-cards]")?.dataset.cards?.split(" ") ?? [];
    const len = (id: string) => {
      const s = spans.find((x) => x.id === id);
      return s ? s.end - s.start : Infinity;
    };
    const id = ids.sort((a, b) => len(a) - len(b))[0];
    if (id) show(id);
  };

  // Above the selection's first line (below its end when there is no room above), inside the text's width.
  const at = sel
    ? {
        top: sel.roomAbove >= 44 ? sel.top - 38 : sel.bottom + 6,
        left: `clamp(0px, ${Math.round(sel.left)}px, calc(100% - 110px))`,
      }
    : null;

  return (
    <>
      <SourceCards cards={cards} canEdit={canEdit} onShow={show} />
      <div className="reader-text-wrap" ref={wrapRef}>
        <div
          ref={textRef}
          className="reader-text"
          data-testid="reader-text"
          tabIndex={0}
          aria-label="Source text"
          onClick={onClick}
          onKeyDown={(e) => {
            if (e.key === "Enter" && sel) {
              e.preventDefault();
              startCut();
            }
          }}
        >
          <SourceText text={source.text} spans={spans} colorOf={colorOf} />
        </div>
        {canEdit && sel && at && (
          <button
            type="button"
            className="btn btn-primary cut-button"
            style={at}
            data-testid="cut-card"
            onMouseDown={(e) => e.preventDefault()}
            onClick={startCut}
            title="Cut this passage as a card (Enter)"
          >
            ✂ Cut card
          </button>
        )}
      </div>
      {cutting && <CutCardDialog source={source} span={cutting} onClose={() => setCutting(null)} />}
    </>
  );
}
