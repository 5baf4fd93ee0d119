"use client";
import { memo } from "react";
import { dropLabel, STATUS_MARK } from "@/lib/domain/evaluation";
import { useEvaluationPending, useNodeEvaluation } from "@/lib/client/editor/use-evaluation";

/** An argument's computed status, dropped marker and whether it is still live; the why is the tooltip. */
function StatusChipImpl({ id }: { id: string }) {
  const ev = useNodeEvaluation(id);
  const pending = useEvaluationPending();
  // A big map's statuses come from a worker a moment after its first view: the chip holds their
  // place meanwhile, so their arrival changes words, not the card's size (no new layout or measure).
  if (!ev && pending)
    return (
      <span className="badge status-badge status-pending" data-testid="status-pending" title="Working out its status…">
        … judging
      </span>
    );
  if (!ev) return null;
  return (
    <>
      <span
        className={`badge status-badge status-${ev.status}`}
        title={ev.why}
        data-testid="status-badge"
        data-status={ev.status}
      >
        {STATUS_MARK[ev.status]} {ev.status}
      </span>
      {ev.dropped && (
        <span className="badge dropped-badge" title={ev.why} data-testid="dropped-badge">
          {dropLabel(ev)}
        </span>
      )}
      {ev.live && (
        <span className="badge live-badge" title={ev.why} data-testid="live-badge">
          {ev.live === "new" ? "new in last rebuttal" : "not extended"}
        </span>
      )}
      {ev.turn === "fake" && (
        <span className="badge fake-turn-badge" title={ev.why} data-testid="fake-turn-badge">
          not a real turn
        </span>
      )}
    </>
  );
}

export const StatusChip = memo(StatusChipImpl);
