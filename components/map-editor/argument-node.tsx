"use client";
import { estimateSize } from "@/lib/domain/layout";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { statusesArriveLate } from "@/lib/client/editor/use-evaluation";
import type { ArgumentRfNode } from "@/lib/client/editor/to-flow";
import { humanize, KIND_LABEL, SIDE_LABEL } from "./labels";
import { MarkedQuote } from "@/components/card/marked-quote";
import { shortCiteOf } from "@/lib/domain/cite";
import { StatusChip } from "./status-chip";
import { useReader } from "@/lib/client/reader/reader-context";
import { OnlyHighlighted } from "@/components/source-reader/only-highlighted";
import { CommentBadge } from "@/components/collab/comment-badge";
import { setCollapsed, useSemantic, useShown } from "@/lib/client/editor/semantic-store";
import { countBadge, groupLabel } from "@/lib/domain/semantic-zoom";
import { SemanticCard } from "./semantic-card";
import { sameCard } from "@/lib/client/editor/same-card";

/**
 * One argument on the canvas. It reads only its own argument from the store, so editing or
 * dragging another node never re-renders it. Handles: drag from the left (source) of an answer
 * to the right (target) of what it answers, matching the left-to-right layout.
 */
function ArgumentNodeImpl({ id, selected }: NodeProps<ArgumentRfNode>) {
  const n = useEditor((s) => s.nodes[id]);
  const canEdit = useEditor((s) => s.canEdit);
  const only = useReader((s) => !!s.onlyHighlighted[id]);
  const shown = useShown(id);
  const semantic = useSemantic((s) => (s.view?.bucket ?? 0) > 0);
  const late = statusesArriveLate(useEditorStore());
  if (!n) return null;
  // A node the view has no entry for yet (just added: the view follows in the same frame) shows in full.
  if (semantic && shown) return <SemanticCard n={n} shown={shown} selected={!!selected} canEdit={canEdit} />;
  const title = n.title || "Untitled";
  return (
    <div
      className={`arg arg-${n.kind} side-${n.side}${selected ? " is-selected" : ""}`}
      // As tall as its content: the layout's estimate (card-size.ts) is the browser's height for a
      // card with the badges it reserves. Where the statuses come late (a big map's, from the
      // worker), the card fills that room from the start: the chips then change words, not the
      // card's size, and React Flow measures no card and redraws no edge again when they come
      // (bench/open-trace.md, session 20); only a card they give another row grows.
      style={late ? { minHeight: estimateSize(n).height } : undefined}
      data-testid="arg-node"
      data-node-id={id}
      data-kind={n.kind}
    >
      <Handle
        type="source"
        position={Position.Left}
        className="handle handle-source"
        isConnectable={canEdit}
        title="Drag to what this argument answers or supports"
      />
      <div className="arg-badges">
        <span className={`badge side-badge side-${n.side}`}>{SIDE_LABEL[n.side]}</span>
        <span className="badge kind-badge">{KIND_LABEL[n.kind]}</span>
        {n.speech && <span className="badge speech-badge">{n.speech}</span>}
        {n.role && <span className="badge role-badge">{humanize(n.role)}</span>}
        {n.responseType && n.kind !== "evidence" && (
          <span className="badge resp-badge">{humanize(n.responseType)}</span>
        )}
        <StatusChip id={id} />
        <CommentBadge id={id} />
        {n.evidence?.status === "orphaned" && (
          <span
            className="badge orphan-badge"
            title="Could not find this passage in the edited source"
            data-testid="orphan-badge"
          >
            orphaned
          </span>
        )}
      </div>
      <div className="arg-title">{n.title || <span className="muted">Untitled</span>}</div>
      {n.scheme && (
        <div className="arg-scheme" title="Inference rule or argument scheme">
          {n.scheme}
        </div>
      )}
      {shown && shown.answers > 0 && (
        <div className="arg-collapse">
          {shown.hidden > 0 ? (
            <button
              type="button"
              className="collapse-btn is-collapsed nodrag"
              data-testid="collapsed-count"
              aria-label={`Expand: ${groupLabel(title, shown.hidden, false)}`}
              title="Expand (+)"
              onClick={(e) => {
                e.stopPropagation();
                setCollapsed(id, false);
              }}
            >
              {countBadge(shown.hidden)}
            </button>
          ) : (
            <button
              type="button"
              className="collapse-btn nodrag"
              data-testid="collapse-button"
              aria-label={`Collapse the ${shown.answers === 1 ? "answer" : "answers"} to ${title}`}
              title="Collapse (−)"
              onClick={(e) => {
                e.stopPropagation();
                setCollapsed(id, true);
              }}
            >
              −
            </button>
          )}
        </div>
      )}
      {n.evidence && (
        <div className="arg-card">
          <div className="arg-cite" data-testid="arg-short-cite">
            {shortCiteOf(n.evidence)}
          </div>
          {only ? (
            <OnlyHighlighted quote={n.evidence.quote} highlights={n.evidence.highlights} clamp />
          ) : (
            <MarkedQuote quote={n.evidence.quote} layers={n.evidence} clamp />
          )}
        </div>
      )}
      {!n.evidence && n.kind === "evidence" && (
        // Made with + Evidence or imported bare: the words come from a source (the panel says how).
        <div className="arg-card" data-testid="arg-no-quote">
          <div className="arg-cite">no quote yet</div>
        </div>
      )}
      <Handle type="target" position={Position.Right} className="handle handle-target" isConnectable={canEdit} />
    </div>
  );
}

// Rendered again for its own argument or selection only, not when React Flow measures or moves it.
export const ArgumentNode = memo(ArgumentNodeImpl, sameCard);
