"use client";
import { flowNeighbour, nextSpeech, type FlowDirection, type FlowLayout } from "@/lib/domain/flow-layout";
import { ANSWER_COLUMN, answersOf, answerSpot, belowSpot, threadSpot } from "@/lib/domain/placement";
import type { NodeDto, Op } from "@/lib/domain/schemas";
import { opposite } from "@/lib/domain/sides";
import { SPEECH_SIDE, SPEECHES, type Relation, type Speech } from "@/lib/domain/vocabulary";
import type { EditorStore } from "@/lib/client/editor/editor-store";
import { newClientId } from "@/lib/client/editor/node-actions";
import { focusGrid, type Draft, type FlowUi } from "./flow-ui";

const SIDE_NAME = { aff: "Aff", neg: "Neg" } as const;

function blank(fields: Pick<NodeDto, "kind" | "side" | "speech" | "position"> & Partial<NodeDto>): Draft["node"] {
  return { id: newClientId(), role: null, responseType: null, title: "", body: "", evidence: null, ...fields };
}

function say(ui: FlowUi, message: string): void {
  ui.getState().set({ message });
}

/** Beside `target` on the map, below its answers, clear of what is there (lib/domain/placement). */
function answerPosition(store: EditorStore, target: NodeDto) {
  const s = store.getState();
  return answerSpot(target, answersOf(target.id, Object.values(s.edges), s.nodes), Object.values(s.nodes));
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
  draftSibling(store, ui, x, cell.parent && cell.relation ? { target: cell.parent, relation: cell.relation } : null);
}

/** Shift+Enter while writing a new argument: save it and start the next one under it. */
export function startSiblingOfDraft(store: EditorStore, ui: FlowUi, draft: Draft): void {
  draftSibling(store, ui, draft.node, draft.edge);
}

function draftSibling(
  store: EditorStore,
  ui: FlowUi,
  x: Draft["node"],
  answers: { target: string; relation: Relation } | null,
): void {
  const kind = x.kind === "evidence" ? "rebuttal" : x.kind;
  const nodes = store.getState().nodes;
  // A saved draft is in the store by now, with the title that sets its height.
  const above = nodes[x.id] ?? x;
  const node = blank({
    kind,
    side: x.side,
    speech: x.speech,
    responseType: kind === "rebuttal" && answers ? "answer" : null,
    position: belowSpot(above, Object.values(nodes)),
  });
  const edge = answers
    ? { id: newClientId(), source: node.id, target: answers.target, relation: answers.relation }
    : null;
  ui.getState().set({ editing: { id: node.id, draft: { node, edge } }, message: null, whyOpen: null });
}

/** N, the empty state and the column headers: a new argument that starts a thread in `speech`. */
export function startThread(store: EditorStore, ui: FlowUi, speech: Speech | null): void {
  const s = store.getState();
  if (!s.canEdit) return;
  // Under everything on the map, in the speech's column.
  const position = threadSpot(Object.values(s.nodes), speech ? SPEECHES.indexOf(speech) * ANSWER_COLUMN : 0);
  const node = blank({ kind: "claim", side: speech ? SPEECH_SIDE[speech] : "neutral", speech, position });
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

/** Delete an argument and select its nearest shown neighbour (below, above, then to the left). */
export function deleteAndMove(
  store: EditorStore,
  layout: FlowLayout,
  visible: (id: string) => boolean,
  id: string,
): void {
  const next =
    (["down", "up", "left"] as FlowDirection[]).map((d) => flowNeighbour(layout, id, d, visible)).find(Boolean) ?? null;
  deleteArgument(store, id, next);
}

/**
 * Give arguments a side and a speech in one batch (one undo step): the empty flow's "place them
 * by depth" buttons. Says in the status line what was done.
 */
export function placeArguments(
  store: EditorStore,
  ui: FlowUi,
  plan: { sides?: ReadonlyMap<string, "aff" | "neg">; speeches: ReadonlyMap<string, Speech> },
): number {
  const s = store.getState();
  if (!s.canEdit) return 0;
  const ids = new Set([...(plan.sides?.keys() ?? []), ...plan.speeches.keys()]);
  const ops: Op[] = [];
  const counts = { aff: 0, neg: 0 };
  for (const id of ids) {
    const n = s.nodes[id];
    if (!n) continue;
    const side = plan.sides?.get(id);
    const speech = plan.speeches.get(id);
    const patch: { side?: "aff" | "neg"; speech?: Speech } = {};
    if (side && side !== n.side) patch.side = side;
    if (speech && speech !== n.speech) patch.speech = speech;
    if (!patch.side && !patch.speech) continue;
    ops.push({ op: "updateNode", id, version: n.version, patch });
    if (speech) counts[SPEECH_SIDE[speech]]++;
  }
  if (ops.length === 0 || !s.commit(ops)) return 0;
  const placed = counts.aff + counts.neg;
  say(
    ui,
    `Placed ${placed.toLocaleString("en-US")} argument${placed === 1 ? "" : "s"} in speeches ` +
      `(${counts.aff.toLocaleString("en-US")} Aff, ${counts.neg.toLocaleString("en-US")} Neg). Undo takes it back.`,
  );
  return placed;
}
