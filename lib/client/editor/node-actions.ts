"use client";
import { fitMap } from "./fit-map";
import type { ReactFlowInstance } from "@xyflow/react";
import { NODE_WIDTH, type Size } from "@/lib/domain/layout";
import { runLayout } from "./run-layout";
import type { NodeDto, Op } from "@/lib/domain/schemas";
import type { NodeKind, Relation, Side } from "@/lib/domain/vocabulary";
import { answersOf, answerSpot, freeSpot } from "@/lib/domain/placement";
import { relationFor, sideFor } from "@/lib/domain/sides";
import { suggestRelation } from "@/lib/domain/relation-hints";
import type { EditorStore } from "./editor-store";
import { revealArgument } from "./reveal";
import { focusNode } from "./focus";

/** The title an evidence argument starts with: a card the cut dialog offers to fill keeps its tag unless it is this. */
export const NEW_EVIDENCE = "New evidence";

export function newClientId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

/** The relation a new connection most likely means: same side backs, the other side answers. */
export function guessRelation(source: NodeDto, target: NodeDto): Relation {
  return suggestRelation(source, target);
}

/**
 * Add an argument. With a selected argument the new one answers (rebuttal) or backs it
 * (claim, evidence) and sits in the next column, below its other answers; otherwise it goes to
 * the middle of the view. Either way never on top of an argument already there.
 */
export function addArgument(store: EditorStore, rf: ReactFlowInstance | null, kind: NodeKind): string | null {
  const s = store.getState();
  const target = s.selectedNodeId ? s.nodes[s.selectedNodeId] : undefined;
  const id = newClientId();
  let position = { x: 0, y: 0 };
  let side: Side = "aff";
  if (target) {
    // On the map a neutral target (the resolution) counts as aff's: backing is aff, answers neg.
    side = sideFor(relationFor(kind, target.kind), target.side, "aff");
    position = answerSpot(target, answersOf(target.id, Object.values(s.edges), s.nodes), Object.values(s.nodes));
  } else {
    const el = rf && document.querySelector(".react-flow");
    const r = el?.getBoundingClientRect();
    if (rf && r) position = rf.screenToFlowPosition({ x: r.left + r.width / 2 - 140, y: r.top + r.height / 2 - 40 });
    // The middle of the view, or the free space nearest it.
    position = freeSpot(position, Object.values(s.nodes));
  }
  const title = kind === "claim" ? "New claim" : kind === "rebuttal" ? "New rebuttal" : NEW_EVIDENCE;
  const ops: Op[] = [
    {
      op: "createNode",
      node: {
        id,
        kind,
        side,
        role: null,
        speech: null,
        responseType: kind === "rebuttal" ? "answer" : null,
        title,
        body: "",
        position,
        evidence: null,
      },
    },
  ];
  if (target) {
    const relation = relationFor(kind, target.kind);
    if (!(target.kind === "evidence" && relation === "supports")) {
      ops.push({ op: "createEdge", edge: { id: newClientId(), source: id, target: target.id, relation } });
    }
  }
  if (!s.commit(ops)) return null;
  store.getState().select(id);
  // An answer goes in the next column, which may be past the canvas's edge: show it being made,
  // once the panel its title is typed in has opened (over the canvas, on a narrow window).
  if (rf) requestAnimationFrame(() => revealArgument(rf, position));
  return id;
}

/**
 * Add an argument and put the caret in its title (`editTitle`: the map view's, which shows the
 * panel if hidden): a new argument is named first, from a key or a button alike.
 */
export function addAndName(
  store: EditorStore,
  rf: ReactFlowInstance | null,
  kind: NodeKind,
  editTitle: (id: string) => void,
): string | null {
  const id = addArgument(store, rf, kind);
  if (id) editTitle(id);
  return id;
}

/** Delete the selected argument (with its connections) or the selected connection. */
export function deleteSelection(store: EditorStore): void {
  const s = store.getState();
  if (s.selectedNodeId) {
    const n = s.nodes[s.selectedNodeId];
    if (!n) return;
    // The keyboard goes on from where the argument was: what it answered, else what answered it
    // (it fell to the page's top, and the next Tab started from the header).
    const edges = Object.values(s.edges);
    const next =
      edges.find((e) => e.source === n.id && s.nodes[e.target])?.target ??
      edges.find((e) => e.target === n.id && s.nodes[e.source])?.source;
    if (!s.commit([{ op: "deleteNode", id: n.id, version: n.version }])) return;
    if (next) {
      store.getState().select(next);
      focusNode(next);
    }
  } else if (s.selectedEdgeId) {
    const e = s.edges[s.selectedEdgeId];
    if (e) s.commit([{ op: "deleteEdge", id: e.id, version: e.version }]);
  }
}

/**
 * Lay the whole map out again using the rendered sizes, as one undo step: a tidy tree left to right
 * by response depth, or columns by speech like the flow sheet. The layout runs in a Web Worker;
 * `onBusy` reports progress so big maps show it.
 */
export async function autoLayout(
  store: EditorStore,
  rf: ReactFlowInstance | null,
  mode: "tree" | "speech" | "compact" = "tree",
  onBusy?: (message: string | null) => void,
): Promise<void> {
  const s = store.getState();
  const sizes: [string, Size][] = [];
  for (const n of rf?.getNodes() ?? []) {
    if (n.measured?.width && n.measured.height)
      sizes.push([n.id, { width: n.measured.width, height: n.measured.height }]);
  }
  const nodes = s.order.map((id) => s.nodes[id]!);
  onBusy?.(`Laying out ${nodes.length.toLocaleString("en-US")} arguments…`);
  try {
    const pos = await runLayout({
      mode,
      nodes: nodes.map(({ id, kind, side, speech, title, evidence }) => ({ id, kind, side, speech, title, evidence })),
      edges: Object.values(s.edges).map(({ source, target, relation }) => ({ source, target, relation })),
      sizes,
    });
    // Versions are read now, not before the layout: edits made meanwhile keep their place in line.
    const now = store.getState();
    const ops: Op[] = [];
    for (const id of now.order) {
      const n = now.nodes[id]!;
      const p = pos.get(id);
      if (p && (p.x !== n.position.x || p.y !== n.position.y))
        ops.push({ op: "updateNode", id, version: n.version, patch: { position: p } });
    }
    if (ops.length) now.commit(ops);
    requestAnimationFrame(() => rf && fitMap(rf, store.getState()));
  } catch (e) {
    store.setState({ error: e instanceof Error ? e.message : "the layout failed" });
  } finally {
    onBusy?.(null);
  }
}

/** Center the view on one argument and select it. */
export function jumpTo(store: EditorStore, rf: ReactFlowInstance | null, id: string): void {
  const n = store.getState().nodes[id];
  if (!n) return;
  store.getState().select(id);
  // The animation's promise only says when it ends; nothing waits for it.
  void rf?.setCenter(n.position.x + NODE_WIDTH / 2, n.position.y + 40, {
    zoom: Math.max(rf.getZoom(), 0.9),
    duration: 300,
  });
}
