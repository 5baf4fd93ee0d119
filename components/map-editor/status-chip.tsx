"use client";
import { memo } from "react";
import { dropLabel, STATUS_MARK } from "@/lib/domain/evaluation";
import { useNodeEvaluation } from "@/lib/client/editor/use-evaluation";

/** An argument's computed status, dropped marker and whether it is still live; the why is the tooltip. */
function StatusChipImpl({ id }: { id: string }) {
  const ev = useNodeEvaluation(id);
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
