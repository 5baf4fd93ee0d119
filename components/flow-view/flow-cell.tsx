"use client";
import { memo } from "react";
import { dropLabel, STATUS_MARK as MARK, type NodeEvaluation } from "@/lib/domain/evaluation";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import type { Draft } from "@/lib/client/flowsheet/flow-ui";
import { sameEvaluation } from "@/lib/client/flowsheet/same-evaluation";
import { CardLines } from "./card-lines";
import { CellEditor } from "./cell-editor";
import { startEdit } from "@/lib/client/flowsheet/flow-actions";
import { CellActions } from "./cell-actions";
import { cellDomId, focusGrid, useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";
import { WhyButton, WhyText } from "./why-disclosure";
import { titleSegments } from "@/lib/domain/flow-wrap";

type Props = {
  id: string;
  row: number;
  col: number;
  cards: string;
  /** the stored argument, or the draft being written */
  node: Draft["node"];
  /** written now: a new argument not stored yet */
  draft: boolean;
  /** its status, once the sheet shows statuses (undefined before, and for a draft) */
  ev: NodeEvaluation | undefined;
  /** whether statuses are shown at all yet (a big sheet evaluates after its first paint) */
  statusesShown: boolean;
  selected: boolean;
  editing: boolean;
  whyOpen: boolean;
  canEdit: boolean;
};

/**
 * One argument on the flow: status, title (editable in place), badges, dropped marker, cards, why.
 * Everything it shows comes in through props from the grid, which reads the stores once for all
 * cells: a cell mounted as the window moves subscribes to nothing, and an arrow key re-renders the
 * two cells whose selection changed (see sameCell).
 */
export const FlowCell = memo(function FlowCell(p: Props) {
  const { id, node, ev, selected, editing } = p;
  const store = useEditorStore();
  const ui = useFlowUiStore();

  const response = !!node.responseType && node.responseType !== "answer";
  const badges = node.kind === "evidence" || !!node.role || response;
  const classes = [
    "flow-cell",
    `side-${node.side}`,
    ev ? `status-${ev.status}` : p.statusesShown && "is-draft",
    selected && "is-selected",
    editing && "is-editing",
  ];
  return (
    <div
      role="gridcell"
      id={cellDomId(id)}
      aria-colindex={p.col}
      aria-selected={selected}
      aria-readonly={!p.canEdit}
      className={classes.filter(Boolean).join(" ")}
      style={{ gridRow: p.row, gridColumn: p.col }}
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
            label={p.draft ? `New ${node.speech ?? ""} argument` : "Argument title"}
          />
        ) : (
          <span className="fc-title">
            {ev && <WhyButton id={id} open={p.whyOpen} />}
            {node.title ? <TitleText title={node.title} /> : <em className="muted">(untitled)</em>}
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
      <CardLines ids={p.cards} />
      {selected && p.canEdit && !editing && !p.draft && <CellActions id={id} answerable={node.side !== "neutral"} />}
      {ev && p.whyOpen && <WhyText id={id} why={ev.why} />}
    </div>
  );
}, sameCell);

/** A title that wraps at spaces; only URLs and overlong runs may break anywhere (lib/domain/flow-wrap). */
function TitleText({ title }: { title: string }) {
  const segments = titleSegments(title);
  if (segments.length === 1 && !segments[0]!.anywhere) return <>{title}</>;
  return (
    <>
      {segments.map((s, i) =>
        s.anywhere ? (
          <span key={i} className="fc-long">
            {s.text}
          </span>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

/**
 * Props compare by value where the grid hands over fresh objects: after an edit the whole debate is
 * evaluated again and every evaluation is a new object, but only the cells whose status changed
 * should render again.
 */
function sameCell(a: Props, b: Props): boolean {
  for (const k in a) {
    const key = k as keyof Props;
    if (key === "ev") continue;
    if (a[key] !== b[key]) return false;
  }
  return sameEvaluation(a.ev, b.ev);
}
