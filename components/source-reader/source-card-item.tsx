"use client";
import { memo } from "react";
import type { Evidence } from "@/lib/domain/schemas";
import { useEditor } from "@/lib/client/editor/editor-context";
import { AnchorNote, StatusBadge } from "./anchor-status";
import { CARD_COLORS } from "./source-text";

/** One card in the reader's list of a source's cards: its colour, tag and anchor status. */
function SourceCardItemImpl({
  id,
  evidence,
  color,
  onShow,
}: {
  id: string;
  evidence: Evidence;
  color: number;
  onShow: (id: string) => void;
}) {
  const tag = useEditor((s) => s.nodes[id]?.title ?? "");
  const selected = useEditor((s) => s.selectedNodeId === id);
  const orphaned = evidence.status === "orphaned";
  return (
    <li className={`reader-card${selected ? " is-selected" : ""}`} data-testid="reader-card" data-node-id={id}>
      <button
        type="button"
        className="reader-card-button"
        onClick={() => onShow(id)}
        title={orphaned ? "Select this card on the map" : "Select this card on the map and show its passage"}
      >
        <span
          className="swatch-line"
          style={{ background: orphaned ? "transparent" : CARD_COLORS[color % CARD_COLORS.length] }}
          aria-hidden
        />
        <span className="reader-card-tag">{tag || <span className="muted">Untitled card</span>}</span>
        <StatusBadge status={evidence.status} />
      </button>
      {orphaned && <AnchorNote status="orphaned" quote={evidence.quote} />}
    </li>
  );
}

export const SourceCardItem = memo(SourceCardItemImpl);
