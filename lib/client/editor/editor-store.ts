"use client";
import type { EdgeChange, NodeChange } from "@xyflow/react";
import { createStore } from "zustand/vanilla";
import type { DebateDto, Op } from "@/lib/domain/schemas";
import type { LiveEvent } from "@/lib/domain/changes";
import * as state from "./editor-state";
import type { EditorData, Patch, Rows } from "./editor-state";
import { createSync, fetchTransport, type Batch, type EditorTransport, type PendingStore } from "./editor-sync";
import { browserPendingStore } from "./pending-edits";
import type { ArgumentRfNode, RelationRfEdge } from "./to-flow";

export type { Conflict } from "./editor-state";
export type { EditorTransport, OpResult, PendingStore } from "./editor-sync";

export type EditorState = EditorData & {
  /**
   * The live stream's one way in: each event once, in seq order, older ones skipped; rows apply
   * when newer than ours. Returns the events that were new, for the other listeners.
   */
  receiveEvents: (events: readonly LiveEvent[]) => LiveEvent[];
  setPresence: (people: { id: string; name: string }[]) => void;
  /** The live stream's state; `ended` comes with the reason to show. */
  setLive: (live: EditorData["live"], ended?: string) => void;

  /** Apply ops locally at once, then on the server in order; a refused batch is rolled back. */
  commit: (ops: Op[], opts?: { undoable?: boolean }) => boolean;
  /** Rows the server sent in answer to a request of ours (restore, sources): they replace ours. */
  receive: (rows: Rows) => void;
  onNodesChange: (changes: NodeChange<ArgumentRfNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<RelationRfEdge>[]) => void;
  /** Select an argument (null: nothing); `selectEdge` a connection. Both go to the one setter. */
  select: (nodeId: string | null) => void;
  selectEdge: (edgeId: string | null) => void;
  undo: () => void;
  redo: () => void;
  setPendingConnection: (c: { source: string; target: string } | null) => void;
  resolveConflict: (keep: "mine" | "theirs") => void;
  dismissError: () => void;
  /** Resolves once every change sent so far has the server's answer (or the server was unreachable). */
  settled: () => Promise<void>;
  /** The connection may be back: send the edits kept while it was down, in order. */
  resume: () => Promise<void>;
};

export type EditorStore = ReturnType<typeof createEditorStore>;

/**
 * One store per editor, created by this factory and handed down through context: the pure
 * transitions of editor-state.ts, and the sync layer of editor-sync.ts over `transport`.
 */
export function createEditorStore(
  debate: DebateDto,
  canEdit: boolean,
  transport: EditorTransport = fetchTransport,
  pending: PendingStore | undefined = canEdit ? browserPendingStore() : undefined,
  reactFlow = true,
) {
  return createStore<EditorState>()((set, get) => {
    // An empty patch changes nothing: no new state object, no listeners woken.
    const put = (patch: Patch) => {
      for (const _ in patch) return set(patch);
    };
    const update = (fn: (s: EditorData) => Patch) => put(fn(get()));
    // Edits kept from before a reload are applied again on the fresh snapshot, in order, with the
    // versions they were made on: one that no longer applies is dropped with an error, and one that
    // clashes with a change made meanwhile comes back from the server as a conflict.
    const restore = (kept: Op[][]): Batch[] =>
      kept.flatMap((ops) => {
        const { patch, changes } = state.applyLocal(get(), ops, false);
        put(patch);
        return changes ? [{ ops, changes }] : [];
      });
    const sync = createSync({
      debateId: debate.id,
      transport,
      update,
      pending: canEdit ? pending : undefined,
      restore,
    });

    const commitBatch = (ops: Op[], undoable: boolean, moved?: state.StackMove): boolean => {
      const { patch, changes } = state.applyLocal(get(), ops, undoable);
      put(patch);
      if (!changes) return false;
      sync.send({ ops, changes, moved });
      return true;
    };

    const unwind = (direction: "undo" | "redo") => {
      const step = state.unwind(get(), direction);
      if (!step) return;
      set(step.patch);
      commitBatch(step.ops, false, step.moved);
    };

    return {
      ...state.initialState(debate, canEdit, reactFlow),

      receiveEvents(events) {
        const { patch, fresh } = state.receiveEvents(get(), events);
        put(patch);
        return fresh;
      },
      setPresence: (people) => set({ presence: people }),
      setLive: (live, ended) => set({ live, liveEnded: live === "ended" ? (ended ?? null) : null }),
      commit: (ops, opts = {}) => commitBatch(ops, opts.undoable !== false),
      receive: (rows) => update((s) => state.receiveRows(s, rows)),
      onNodesChange(changes) {
        const { patch, moves } = state.nodesChanged(get(), changes);
        put(patch);
        if (moves.length) get().commit(moves);
      },
      onEdgesChange: (changes) => update((s) => state.edgesChanged(s, changes)),
      select: (nodeId) => update((s) => state.setSelection(s, { node: nodeId, edge: null })),
      selectEdge: (edgeId) => update((s) => state.setSelection(s, { edge: edgeId, node: null })),
      undo: () => unwind("undo"),
      redo: () => unwind("redo"),
      setPendingConnection: (c) => set({ pendingConnection: c }),
      resolveConflict(keep) {
        const { patch, ops } = state.resolution(get(), keep);
        set(patch);
        if (ops.length) get().commit(ops);
      },
      dismissError: () => set({ error: null }),
      settled: () => sync.settled(),
      resume: () => sync.resume(),
    };
  });
}
