"use client";
import { Handle, Position } from "@xyflow/react";
import { memo } from "react";
import type { NodeDto } from "@/lib/domain/schemas";
import { STATUS_MARK } from "@/lib/domain/evaluation";
import { countBadge, groupLabel, shortTitle, statusWordFits, type Shown } from "@/lib/domain/semantic-zoom";
import { useEvaluationPending, useNodeEvaluation } from "@/lib/client/editor/use-evaluation";
import { semanticStore, setCollapsed, useSemantic } from "@/lib/client/editor/semantic-store";
import { SIDE_LABEL } from "./labels";

/**
 * An argument zoomed out: a short card drawn at a fixed size on screen (the canvas sets `--s`, the
 * inverse of the bucket's zoom), with its side as the stripe, its short title and its status. When
 * it stands for hidden arguments (a cluster or a collapsed subtree) it shows the count as a button
 * that opens it.
 */
function SemanticCardImpl({
  n,
  shown,
  selected,
  canEdit,
}: {
  n: NodeDto;
  shown: Shown;
  selected: boolean;
  canEdit: boolean;
}) {
  const ev = useNodeEvaluation(n.id);
  const pending = useEvaluationPending();
  const title = n.title || "Untitled";
  // A narrow card keeps the status's mark and leaves the word to its tooltip and screen readers.
  const zoom = useSemantic((s) => s.view?.zoom ?? 1);
  const count = shown.hidden > 0 ? countBadge(shown.hidden) : "";
  const statusWord = !!ev && statusWordFits(shown.width * zoom, SIDE_LABEL[n.side], ev.status, count);
  return (
    <div
      className={`arg-sz side-${n.side}${shown.cluster ? " is-cluster" : ""}${selected ? " is-selected" : ""}`}
      style={{ width: shown.width }}
      data-testid="arg-node"
      data-semantic
      data-node-id={n.id}
      data-kind={n.kind}
      title={n.title}
    >
      <Handle type="source" position={Position.Left} className="handle handle-source" isConnectable={canEdit} />
      <div className="arg-sz-title" data-testid="semantic-title">
        {shortTitle(title, 64)}
      </div>
      <div className="arg-sz-meta">
        <span className={`arg-sz-side side-${n.side}`}>{SIDE_LABEL[n.side]}</span>
        {ev && (
          <span
            className={`arg-sz-status status-${ev.status}`}
            data-testid="status-badge"
            data-status={ev.status}
            title={ev.status}
          >
            <span aria-hidden={statusWord ? undefined : true}>{STATUS_MARK[ev.status]}</span>
            {statusWord ? ` ${ev.status}` : <span className="visually-hidden">{ev.status}</span>}
          </span>
        )}
        {!ev && pending && (
          <span className="arg-sz-status status-pending" data-testid="status-pending" title="Working out its status…">
            …
          </span>
        )}
        {shown.hidden > 0 && (
          <button
            type="button"
            className="arg-sz-count nodrag"
            data-testid={shown.cluster ? "cluster-count" : "collapsed-count"}
            aria-label={groupLabel(title, shown.hidden, shown.cluster)}
            onClick={(e) => {
              e.stopPropagation();
              if (shown.cluster) semanticStore.getState().openCluster(n.id);
              else setCollapsed(n.id, false);
            }}
          >
            {countBadge(shown.hidden)}
          </button>
        )}
      </div>
      <Handle type="target" position={Position.Right} className="handle handle-target" isConnectable={canEdit} />
    </div>
  );
}

export const SemanticCard = memo(SemanticCardImpl);
