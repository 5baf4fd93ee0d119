"use client";
import { useReactFlow } from "@xyflow/react";
import { memo } from "react";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { jumpTo } from "@/lib/client/editor/node-actions";
import { useReaderStore } from "@/lib/client/reader/reader-context";
import { StatusBadge } from "./anchor-status";

/** One card backing or attacking the inspected argument: tag (go to it), cite, and "Show in source". */
function EvidenceRowImpl({ id }: { id: string }) {
  const store = useEditorStore();
  const reader = useReaderStore();
  const rf = useReactFlow();
  const title = useEditor((s) => s.nodes[id]?.title ?? "");
  const evidence = useEditor((s) => s.nodes[id]?.evidence);
  if (!evidence) return null;
  return (
    <li className="evidence-row" data-testid="evidence-row" data-node-id={id}>
      <button
        type="button"
        className="link-button"
        onClick={() => jumpTo(store, rf, id)}
        title="Select this card on the map"
      >
        {title || "Untitled card"}
      </button>
      <StatusBadge status={evidence.status} />
      <p className="cite small">{evidence.cite}</p>
      <button
        type="button"
        className="btn btn-ghost small"
        onClick={() => reader.getState().openSource(evidence.sourceId, { nodeId: id })}
        data-testid="show-in-source"
      >
        Show in source
      </button>
    </li>
  );
}

export const EvidenceRow = memo(EvidenceRowImpl);
