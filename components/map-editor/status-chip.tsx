"use client";
import { memo } from "react";
import { useNodeEvaluation } from "@/lib/client/editor/use-evaluation";

const MARK = { standing: "✓", refuted: "✗", contested: "~" } as const;

/** An argument's computed status and dropped marker; the why is the tooltip. */
function StatusChipImpl({ id }: { id: string }) {
  const ev = useNodeEvaluation(id);
  if (!ev) return null;
  return (
    <>
      <span className={`badge status-badge status-${ev.status}`} title={ev.why} data-testid="status-badge" data-status={ev.status}>
        {MARK[ev.status]} {ev.status}
      </span>
      {ev.dropped && (
        <span className="badge dropped-badge" title={ev.why} data-testid="dropped-badge">
          dropped{ev.droppedIn ? ` in ${ev.droppedIn}` : ""}
        </span>
      )}
    </>
  );
}

export const StatusChip = memo(StatusChipImpl);
