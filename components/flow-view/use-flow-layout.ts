"use client";
import { useEffect, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { flowLayout, type FlowEdge, type FlowLayout, type FlowNode } from "@/lib/domain/flow-layout";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { evaluateInWorker, useEvaluation } from "@/lib/client/editor/use-evaluation";
import { workerEvaluator } from "@/lib/client/editor/worker-evaluator";
import { useFlowUi, useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";
import { rowsInOrder } from "@/lib/client/editor/rows-in-order";

/** The flow sheet of the editor's graph, with the argument being drafted in its place. */
export function useFlowLayout(): FlowLayout {
  const { nodes, order, edges } = useEditor(useShallow((s) => ({ nodes: s.nodes, order: s.order, edges: s.edges })));
  const includeCx = useFlowUi((s) => s.includeCx);
  const draft = useFlowUi((s) => s.editing?.draft ?? null);
  return useMemo(() => {
    const list: FlowNode[] = rowsInOrder(nodes, order);
    const links: FlowEdge[] = Object.values(edges);
    if (draft) {
      list.push(draft.node);
      if (draft.edge) links.push(draft.edge);
    }
    return flowLayout(list, links, { includeCx });
  }, [nodes, order, edges, includeCx, draft]);
}

export type FlowRows = {
  /** whether a cell passes the side and status filters */
  visible: (id: string) => boolean;
  /** the layout rows that keep at least one visible cell, top to bottom */
  rows: number[];
  /** a layout row's place among the visible rows */
  rowIndex: Map<number, number>;
};

/** Which cells the header's filters leave, and the rows that remain once empty ones close up. */
export function useFlowRows(layout: FlowLayout): FlowRows {
  const nodes = useEditor((s) => s.nodes);
  const { side, statuses, droppedOnly, statusesShown } = useFlowUi(
    useShallow((s) => ({
      side: s.side,
      statuses: s.statuses,
      droppedOnly: s.droppedOnly,
      statusesShown: s.statusesShown,
    })),
  );
  // Only the status and dropped filters need the evaluation (and none before the statuses show).
  const byStatus = droppedOnly || Object.values(statuses).some((on) => !on);
  const evaluation = useEvaluation(byStatus && statusesShown);
  return useMemo(() => {
    const filtered = side !== "all" || byStatus;
    const visible = (id: string) => {
      if (!filtered) return true;
      const n = nodes[id];
      if (!n) return true; // the draft
      const ev = evaluation.get(id);
      if (side !== "all" && n.side !== side) return false;
      if (ev && !statuses[ev.status]) return false;
      return !droppedOnly || !!ev?.dropped;
    };
    const rows = layout.byRow.flatMap((ids, row) => (ids.some(visible) ? [row] : []));
    return { visible, rows, rowIndex: new Map(rows.map((r, i) => [r, i])) };
  }, [layout, nodes, evaluation, side, statuses, droppedOnly, byStatus]);
}

/**
 * A big sheet's statuses: asked of the evaluation worker once its first cells are on screen (a
 * timeout set inside an animation frame runs after that frame is painted: posting the graph
 * takes the main thread a moment), and shown when the worker's first answer arrives.
 */
export function useStatusesAfterPaint(): void {
  const shown = useFlowUi((s) => s.statusesShown);
  // The first threads alone would weigh wrong: only the whole debate is evaluated.
  const partial = useFlowUi((s) => s.rest !== null);
  const ui = useFlowUiStore();
  const editor = useEditorStore();
  useEffect(() => {
    if (shown || partial) return;
    const evaluator = workerEvaluator(editor);
    const show = () => ui.getState().set({ statusesShown: true });
    const unsubscribe = evaluator.store.subscribe((s) => s.result && show());
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        evaluateInWorker(editor);
        if (evaluator.store.getState().result) show();
      }, 0);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, partial, ui, editor]);
}
