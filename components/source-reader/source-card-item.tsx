"use client";
import { memo, useState } from "react";
import { getTargetSpeech, useTargetSpeech } from "@/lib/client/speech/speech-prefs";
import { sendToSpeech, sentMessage } from "@/components/speech-docs/send-to-speech";
import type { Evidence } from "@/lib/domain/schemas";
import { useEditor } from "@/lib/client/editor/editor-context";
import { AnchorNote, StatusBadge } from "./anchor-status";
import { CARD_COLORS } from "./source-text";

/** One card in the reader's list of a source's cards: its colour, tag and anchor status; editors send it to a speech. */
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
  const canEdit = useEditor((s) => s.canEdit);
  const debateId = useEditor((s) => s.debateId);
  const side = useEditor((s) => s.nodes[id]?.side);
  const speech = useTargetSpeech(side);
  const [status, setStatus] = useState("");
  const orphaned = evidence.status === "orphaned";
  const send = () => {
    const name = getTargetSpeech(side);
    sendToSpeech(debateId, name, [id]).then(
      (r) => setStatus(sentMessage(name, r)),
      (err: Error) => setStatus(err.message),
    );
  };
  return (
    <li className={`reader-card${selected ? " is-selected" : ""}`} data-testid="reader-card" data-node-id={id}>
      <div className="reader-card-row">
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
        {canEdit && (
          <button
            type="button"
            className="btn btn-ghost small reader-card-send"
            onClick={send}
            data-testid="reader-send-to-speech"
            aria-label={`Send “${tag || "this card"}” to ${speech}`}
            title={`Send this card to the ${speech} speech document`}
          >
            Send to {speech}
          </button>
        )}
      </div>
      {status && (
        <p className="muted small" role="status" data-testid="reader-send-status">
          {status}
        </p>
      )}
      {orphaned && <AnchorNote status="orphaned" quote={evidence.quote} />}
    </li>
  );
}

export const SourceCardItem = memo(SourceCardItemImpl);
