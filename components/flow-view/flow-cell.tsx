"use client";
import { memo } from "react";
import { dropLabel, STATUS_MARK as MARK } from "@/lib/domain/evaluation";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { useNodeEvaluation } from "@/lib/client/editor/use-evaluation";
import { CardLines } from "./card-lines";
import { CellEditor } from "./cell-editor";
import { startEdit } from "@/lib/client/flowsheet/flow-actions";
import { cellDomId, focusGrid, useFlowUi, useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";
import { WhyButton, WhyText } from "./why-disclosure";

type Props = { id: string; row: number; col: number; cards: string };

/** One argument on the flow: status, title (editable in place), badges, dropped marker, cards, why. */
export const FlowCell = memo(function FlowCell({ id, row, col, cards }: Props) {
  const stored = useEditor((s) => s.nodes[id]);
  const selected = useEditor((s) => s.selectedNodeId === id);
  const canEdit = useEditor((s) => s.canEdit);
  const editing = useFlowUi((s) => s.editing?.id === id);
  const draft = useFlowUi((s) => (s.editing?.id === id ? s.editing.draft : null));
  const ev = useNodeEvaluation(id);
  const store = useEditorStore();
  const ui = useFlowUiStore();
  const node = stored ?? draft?.node;
  if (!node) return null;

  const response = !!node.responseType && node.responseType !== "answer";
  const badges = node.kind === "evidence" || !!node.role || response;
  const classes = [
    "flow-cell",
    `side-${node.side}`,
    ev ? `status-${ev.status}` : "is-draft",
    selected && "is-selected",
    editing && "is-editing",
  ];
  return (
    <div
      role="gridcell"
      id={cellDomId(id)}
      aria-colindex={col}
      aria-selected={selected}
      aria-readonly={!canEdit}
      className={classes.filter(Boolean).join(" ")}
      style={{ gridRow: row, gridColumn: col }}
      data-testid="flow-cell"
      data-node-id={id}
      data-status={ev?.status}
      data-dropped={ev?.dropped ? "true" : undefined}
      onClick={() => {
        if (editing) return;
        store.getState().select(id);
        focusGrid();
      }}
      onDoubleClick={() => !editing && startEdit(store, ui, id)}
    >
      <div className="fc-head">
        {ev && (
          <span className={`fc-mark mark-${ev.status}`} role="img" aria-label={ev.status} title={ev.status}>
            {MARK[ev.status]}
          </span>
        )}
        {editing ? (
          <CellEditor
            id={id}
            initial={node.title}
            label={draft ? `New ${node.speech ?? ""} argument` : "Argument title"}
          />
        ) : (
          <span className="fc-title">
            {ev && <WhyButton id={id} />}
            {node.title || <em className="muted">(untitled)</em>}
          </span>
        )}
      </div>
      {(badges || ev?.dropped || ev?.live) && (
        <div className="fc-meta">
          {node.kind === "evidence" && <span className="fc-badge">card</span>}
          {node.role && <span className="fc-badge">{node.role}</span>}
          {response && <span className="fc-badge fc-response">{node.responseType}</span>}
          {ev?.turn === "fake" && (
            <span className="fc-badge fc-fake-turn" title="labelled a turn, but only defence">
              not a real turn
            </span>
          )}
          {ev?.dropped && (
            <span className="fc-dropped" data-testid="dropped">
              {dropLabel(ev)}
            </span>
          )}
          {ev?.live && (
            <span className="fc-badge fc-live" data-testid="live">
              {ev.live === "new" ? "new in last rebuttal" : "not extended"}
            </span>
          )}
        </div>
      )}
      <CardLines ids={cards} />
      {ev && <WhyText id={id} why={ev.why} />}
    </div>
  );
});
