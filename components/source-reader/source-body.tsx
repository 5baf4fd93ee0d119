"use client";
import { useReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { LAYER_LABEL, type MarkupLayer } from "@/lib/domain/card-markup";
import { marksInSource, readerTarget, type ReaderTarget } from "@/lib/domain/reader-markup";
import { markLayer } from "@/lib/client/reader/card-markup-actions";
import type { SourceDto } from "@/lib/domain/schemas";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { jumpTo } from "@/lib/client/editor/node-actions";
import { trimSpan } from "@/lib/client/reader/source-spans";
import { CutCardDialog, type Span } from "./cut-card-dialog";
import { useMarkupKeys } from "./use-markup-keys";
import { SourceCards } from "./source-cards";
import { SourceText } from "./source-text";
import { flashCard, useReaderFocus } from "./use-reader-focus";
import { useSourceCards } from "./use-source-cards";
import { useTextSelection } from "./use-text-selection";

const TOOLS: { layer: MarkupLayer; key: string; label: string }[] = [
  { layer: "underline", key: "F9", label: "U" },
  { layer: "emphasis", key: "F10", label: "E" },
  { layer: "highlights", key: "F11", label: "H" },
  { layer: "highlights2", key: "Ctrl+F11", label: "H2" },
];

const NOT_A_CARD = "These words are not in a card. Cut them as a card first (Enter), then mark them up.";
const INEXACT =
  "This card's quote differs from the text here (a fuzzy anchor): mark it up in the card's quote on the map.";

/**
 * A loaded source: its cards, its text with their spans and markup, and for editors cutting and
 * marking up. Words selected inside a card's span are marked on that card's layers with Verbatim's
 * keys (F9 underline, F10 emphasis, F11 highlight, Ctrl+F11 the second colour, Shift clears) or the
 * floating toolbar: the same versioned edit as the inspector's quote.
 */
export function SourceBody({ source }: { source: SourceDto }) {
  const store = useEditorStore();
  const rf = useReactFlow();
  const canEdit = useEditor((s) => s.canEdit);
  const { cards, spans, colorOf } = useSourceCards(source.id);
  const placed = useMemo(() => cards.map((c) => ({ id: c.id, ...c.evidence })), [cards]);
  const marks = useMemo(() => marksInSource(placed, source.text), [placed, source.text]);
  const wrapRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const sel = useTextSelection(textRef, canEdit, wrapRef);
  const [cutting, setCutting] = useState<Span | null>(null);
  // `at` is the selection the message is about: a new selection replaces it, and "Cut as a card"
  // cuts the words it names even after the selection is gone.
  const [notice, setNotice] = useState<{ text: string; at: string; cut?: { start: number; end: number } } | null>(null);
  useReaderFocus(textRef, source.text, spans);
  const target: ReaderTarget | null = useMemo(
    () => (sel ? readerTarget(placed, source.text, sel) : null),
    [sel, placed, source.text],
  );
  // A new selection (or none) replaces the message about the last one.
  const selKey = sel ? `${sel.start}-${sel.end}` : null;
  useEffect(() => {
    if (selKey) setNotice((n) => (n && n.at === selKey ? n : null));
  }, [selKey]);

  const show = useCallback(
    (id: string) => {
      jumpTo(store, rf, id);
      if (textRef.current) flashCard(textRef.current, id);
    },
    [store, rf],
  );

  const startCut = (at: { start: number; end: number } | null = sel) => {
    const span = at && trimSpan(source.text, at.start, at.end);
    if (span) setCutting({ ...span, quote: source.text.slice(span.start, span.end) });
  };

  const mark = (layer: MarkupLayer, clear: boolean, at: { start: number; end: number } | null) => {
    const trimmed = at && trimSpan(source.text, at.start, at.end);
    if (!trimmed) return;
    const t = readerTarget(placed, source.text, trimmed);
    const key = `${at.start}-${at.end}`;
    if (!t.ok) {
      setNotice(t.reason === "inexact" ? { text: INEXACT, at: key } : { text: NOT_A_CARD, at: key, cut: trimmed });
      return;
    }
    markLayer(store, t.cardId, layer, t.range, clear);
    setNotice({
      at: key,
      text:
        `${LAYER_LABEL[layer]} ${clear ? "cleared" : "marked"} on “${store.getState().nodes[t.cardId]?.title || "the card"}”` +
        (t.clipped ? " (only the words inside the card)" : "") +
        ".",
    });
    document.getSelection()?.removeAllRanges();
  };
  useMarkupKeys(textRef, canEdit, mark);

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
        // room for the cut button, and the four markup buttons when the words are in a card
        left: `clamp(0px, ${Math.round(sel.left)}px, calc(100% - ${target?.ok ? 260 : 110}px))`,
      }
    : null;

  return (
    <>
      <SourceCards cards={cards} canEdit={canEdit} onShow={show} />
      <div className="reader-markup-status" role="status" aria-live="polite" data-testid="reader-markup-status">
        {notice && (
          <>
            <span>{notice.text}</span>
            {notice.cut && (
              <button
                type="button"
                className="btn small"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => startCut(notice.cut)}
              >
                Cut as a card
              </button>
            )}
          </>
        )}
      </div>
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
              startCut(sel);
            }
          }}
        >
          <SourceText text={source.text} spans={spans} colorOf={colorOf} marks={marks} />
        </div>
        {canEdit && sel && at && (
          <div className="reader-markup-tools" style={at} role="toolbar" aria-label="Selected words">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="cut-card"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => startCut(sel)}
              title="Cut this passage as a card (Enter)"
            >
              ✂ Cut card
            </button>
            {target?.ok &&
              TOOLS.map((t) => (
                <button
                  key={t.layer}
                  type="button"
                  className={`btn small tool-${t.layer}`}
                  data-testid={`reader-${t.layer}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={(e) => mark(t.layer, e.shiftKey, sel)}
                  aria-label={`${LAYER_LABEL[t.layer]} in the card (${t.key}; Shift clears)`}
                  aria-keyshortcuts={t.key.replace("Ctrl", "Control")}
                  title={`${LAYER_LABEL[t.layer]} these words in the card (${t.key}; Shift+${t.key} or Shift+click clears)`}
                >
                  {t.label}
                </button>
              ))}
          </div>
        )}
      </div>

      {cutting && <CutCardDialog source={source} span={cutting} onClose={() => setCutting(null)} />}
    </>
  );
}
