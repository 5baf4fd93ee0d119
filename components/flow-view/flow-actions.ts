"use client";
import { nextSpeech, type FlowLayout } from "@/lib/domain/flow-layout";
import type { NodeDto, Op } from "@/lib/domain/schemas";
import { opposite } from "@/lib/domain/sides";
import { SPEECH_SIDE, SPEECHES, type Relation, type Speech } from "@/lib/domain/vocabulary";
import type { EditorStore } from "@/lib/flow/editor-store";
import { newClientId } from "@/lib/flow/node-actions";
import { focusGrid, type Draft, type FlowUi } from "./flow-ui";

/** How far right of what it answers a new argument goes on the map (one map column). */
const MAP_COLUMN = 370;
const MAP_ROW = 140;
const SIDE_NAME = { aff: "Aff", neg: "Neg" } as const;

function blank(fields: Pick<NodeDto, "kind" | "side" | "speech" | "position"> & Partial<NodeDto>): Draft["node"] {
  return { id: newClientId(), role: null, responseType: null, title: "", body: "", evidence: null, ...fields };
}

function say(ui: FlowUi, message: string): void {
  ui.getState().set({ message });
}

/** Below the lowest existing answer to `target` on the map, or level with it when it has none. */
function answerPosition(store: EditorStore, target: NodeDto) {
  const s = store.getState();
  let lowest: number | null = null;
  for (const e of Object.values(s.edges)) {
    const n = e.target === target.id ? s.nodes[e.source] : undefined;
    if (n && n.kind !== "evidence") lowest = Math.max(lowest ?? -Infinity, n.position.y);
  }
  return { x: target.position.x + MAP_COLUMN, y: lowest === null ? target.position.y : lowest + MAP_ROW };
}

/** Tab: answer `targetId` in the other side's next speech (a rebuttal that rebuts it), as a draft. */
export function startAnswer(store: EditorStore, ui: FlowUi, targetId: string): void {
  const t = store.getState().nodes[targetId];
  if (!t || !store.getState().canEdit) return;
  if (t.side === "neutral") return say(ui, "Only an Aff or Neg argument can be answered in a speech.");
  const side = opposite(t.side);
  const speech = nextSpeech(t.speech, side);
  if (!speech) return say(ui, `The ${SIDE_NAME[side]} has no speech after the ${t.speech}.`);
  const node = blank({ kind: "rebuttal", side, speech, responseType: "answer", position: answerPosition(store, t) });
  const edge = { id: newClientId(), source: node.id, target: t.id, relation: "rebuts" as const };
  ui.getState().set({ editing: { id: node.id, draft: { node, edge } }, message: null, whyOpen: null });
}

/** Shift+Enter: another argument below `id`, in the same speech, answering what it answers. */
export function startSibling(store: EditorStore, ui: FlowUi, layout: FlowLayout, id: string): void {
  const x = store.getState().nodes[id];
  const cell = layout.byId.get(id);
  if (!x || !cell || !store.getState().canEdit) return;
  draftSibling(ui, x, cell.parent && cell.relation ? { target: cell.parent, relation: cell.relation } : null);
}

/** Shift+Enter while writing a new argument: save it and start the next one under it. */
export function startSiblingOfDraft(ui: FlowUi, draft: Draft): void {
  draftSibling(ui, draft.node, draft.edge);
}

function draftSibling(ui: FlowUi, x: Draft["node"], answers: { target: string; relation: Relation } | null): void {
  const kind = x.kind === "evidence" ? "rebuttal" : x.kind;
  const node = blank({
    kind, side: x.side, speech: x.speech, responseType: kind === "rebuttal" && answers ? "answer" : null,
    position: { x: x.position.x, y: x.position.y + MAP_ROW },
  });
  const edge = answers ? { id: newClientId(), source: node.id, target: answers.target, relation: answers.relation } : null;
  ui.getState().set({ editing: { id: node.id, draft: { node, edge } }, message: null, whyOpen: null });
}

/** N, the empty state and the column headers: a new argument that starts a thread in `speech`. */
export function startThread(store: EditorStore, ui: FlowUi, speech: Speech | null): void {
  const s = store.getState();
  if (!s.canEdit) return;
  let bottom = -MAP_ROW;
  for (const n of Object.values(s.nodes)) bottom = Math.max(bottom, n.position.y);
  const x = speech ? SPEECHES.indexOf(speech) * MAP_COLUMN : 0;
  const node = blank({ kind: "claim", side: speech ? SPEECH_SIDE[speech] : "neutral", speech, position: { x, y: bottom + MAP_ROW } });
  ui.getState().set({ editing: { id: node.id, draft: { node, edge: null } }, message: null, whyOpen: null });
}

/** Enter on a selected argument: edit its title in place. */
export function startEdit(store: EditorStore, ui: FlowUi, id: string): void {
  if (!store.getState().canEdit || !store.getState().nodes[id]) return;
  ui.getState().set({ editing: { id, draft: null }, message: null });
}

/**
 * Finish editing with `title`: a draft becomes a new argument (and its edge) in one batch, an
 * existing argument gets its new title. An empty title leaves things as they were.
 */
export function commitEdit(store: EditorStore, ui: FlowUi, title: string): string | null {
  const editing = ui.getState().editing;
  ui.getState().set({ editing: null });
  focusGrid();
  const text = title.trim();
  if (!editing || text === "") return null;
  const s = store.getState();
  if (editing.draft) {
    const { node, edge } = editing.draft;
    const ops: Op[] = [{ op: "createNode", node: { ...node, title: text } }];
    if (edge) ops.push({ op: "createEdge", edge });
    if (!s.commit(ops)) return null;
    store.getState().select(node.id);
    return node.id;
  }
  const n = s.nodes[editing.id];
  if (n && n.title !== text) s.commit([{ op: "updateNode", id: n.id, version: n.version, patch: { title: text } }]);
  return editing.id;
}

export function cancelEdit(ui: FlowUi): void {
  ui.getState().set({ editing: null });
  focusGrid();
}

/** Delete an argument (its connections go with it); the selection moves to a neighbour. */
export function deleteArgument(store: EditorStore, id: string, next: string | null): void {
  const s = store.getState();
  const n = s.nodes[id];
  if (!n || !s.canEdit) return;
  if (s.commit([{ op: "deleteNode", id: n.id, version: n.version }])) store.getState().select(next);
}
