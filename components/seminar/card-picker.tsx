"use client";
import { useEffect, useRef, useState } from "react";
import type { SourceDto, SourceSummaryDto } from "@/lib/domain/schemas";
import { api } from "@/lib/client/api";
import { useMissingMessage } from "@/lib/client/use-missing-message";

export type PickedQuote = { sourceId: string; quote: string; start?: number };

/**
 * Cut a card: choose a source, then select its words (or paste them). The server anchors the
 * quote in the source and writes the cite from its metadata.
 */
export function CardPicker({
  seminarId,
  sources,
  value,
  onChange,
}: {
  seminarId: string;
  sources: SourceSummaryDto[];
  value: PickedQuote;
  onChange: (q: PickedQuote) => void;
}) {
  const [text, setText] = useState<SourceDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const sourceMissing = useMissingMessage<HTMLSelectElement>(value.sourceId, "Choose the source the card quotes.");
  useEffect(() => {
    setText(null);
    if (!value.sourceId) return;
    let live = true;
    api<SourceDto>(`/api/seminars/${encodeURIComponent(seminarId)}/sources/${encodeURIComponent(value.sourceId)}`).then(
      (s) => live && setText(s),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [seminarId, value.sourceId]);
  const useSelection = () => {
    const sel = window.getSelection();
    const el = box.current;
    if (!sel || sel.isCollapsed || !el || !el.contains(sel.anchorNode))
      return setError("select some words in the source first");
    const quote = sel.toString();
    const before = document.createRange();
    before.setStart(el, 0);
    before.setEnd(sel.getRangeAt(0).startContainer, sel.getRangeAt(0).startOffset);
    setError(null);
    onChange({ ...value, quote, start: before.toString().length });
  };
  return (
    <div className="stack card-picker">
      <label>
        Source
        <select
          {...sourceMissing}
          value={value.sourceId}
          onChange={(e) => onChange({ sourceId: e.target.value, quote: "" })}
          required
        >
          <option value="">— choose a source —</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      {text && (
        <>
          <div ref={box} className="picker-text" data-testid="picker-text">
            {text.text}
          </div>
          <button type="button" className="btn" onClick={useSelection}>
            Use the selected words
          </button>
        </>
      )}
      <label>
        Quoted words
        <textarea
          rows={3}
          value={value.quote}
          required
          maxLength={5000}
          placeholder="Select them above, or paste them exactly"
          onChange={(e) => onChange({ sourceId: value.sourceId, quote: e.target.value })}
        />
      </label>
      {error && <p className="form-error">{error}</p>}
    </div>
  );
}
